package city.hotline.router.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * Limits on what a request may be, and how refusals look. The body cap runs first, before sign-in: an anonymous
 * 300 MB POST is refused as cheaply as a signed-in one. What Tomcat refuses itself is answered as a problem too.
 */
@Configuration(proxyBeanMethods = false)
class RequestLimitsConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemsFromTomcat() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimit(RequestLimitsProperties limits, JsonMapper json) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestBodyLimitFilter(limits, json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
