package city.hotline.router.rulebase;

import city.hotline.rules.ClassificationRequest;
import city.hotline.rules.RulebaseRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The live rulebase of this instance: the one shipped in the jar until a release on
 * {@code rulebase.releases} replaces it (see {@link RulebaseReleaseListener}).
 */
@Configuration(proxyBeanMethods = false)
class RulebaseConfiguration {

    @Bean
    RulebaseRegistry rulebaseRegistry() {
        RulebaseRegistry registry = RulebaseRegistry.fromClasspath();
        // The first classification in a JVM takes ~200 ms (Drools compiles lazily); pay it at start-up,
        // not on the first caller's ticket.
        registry.classify(new ClassificationRequest("call", "有人在路口打架", null));
        return registry;
    }
}
