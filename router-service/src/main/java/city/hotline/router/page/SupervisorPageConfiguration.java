package city.hotline.router.page;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The supervisors' page (static/supervisor/index.html, docs/supervisor-page.md) at {@code /supervisor/}: Spring
 * Boot serves a directory's index.html only at the root, so the folder's address forwards to it here.
 */
@Configuration(proxyBeanMethods = false)
class SupervisorPageConfiguration implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/supervisor", "/supervisor/");
        registry.addViewController("/supervisor/").setViewName("forward:/supervisor/index.html");
    }
}
