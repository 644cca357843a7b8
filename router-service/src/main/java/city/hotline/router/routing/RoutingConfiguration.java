package city.hotline.router.routing;

import city.hotline.router.kafka.StreamsApplicationFactory;
import city.hotline.rules.RulebaseRegistry;
import city.hotline.schemas.EventCodec;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

import java.time.Clock;

/** The router role: validate, classify and route every intake event exactly once. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "router.roles.routing", havingValue = "true", matchIfMissing = true)
class RoutingConfiguration {

    @Bean
    @ConditionalOnMissingBean
    TicketClassifier ticketClassifier(RulebaseRegistry rulebase) {
        return new DroolsTicketClassifier(rulebase);
    }

    @Bean
    StreamsBuilderFactoryBean routerStreams(StreamsApplicationFactory factory, RoutingProperties properties,
                                            EventCodec codec, TicketClassifier classifier, RoutingMetrics metrics,
                                            Clock clock) {
        return factory.create(properties.applicationId(),
                new RoutingTopology(codec, classifier, metrics, properties, clock));
    }
}
