package city.hotline.router.routing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * @param applicationId          the Kafka Streams application (and consumer group) of the router role
 * @param dedupRetention         how long a routed ticket id is remembered, so a repeated intake event
 *                               (same external id, adapter retry) is not routed twice
 * @param maxClassifierAttempts  a ticket whose classification keeps failing is dead-lettered after this
 *                               many attempts instead of blocking its partition
 */
@ConfigurationProperties("router.routing")
public record RoutingProperties(
        @DefaultValue("hotline-router") String applicationId,
        @DefaultValue("7d") Duration dedupRetention,
        @DefaultValue("3") int maxClassifierAttempts) {
}
