package city.hotline.router.events;

import city.hotline.schemas.EventCodec;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The one codec (schema validation + JSON mapping) and the one clock every feature shares. */
@Configuration(proxyBeanMethods = false)
class EventsConfiguration {

    /** @param maxBytes larger events are rejected unread (REST: 400; Kafka: dead-lettered as OVERSIZE) */
    @ConfigurationProperties("router.events")
    record EventsProperties(@DefaultValue("32768") int maxBytes) {
    }

    @Bean
    EventCodec eventCodec(EventsProperties properties) {
        return new EventCodec(properties.maxBytes());
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
