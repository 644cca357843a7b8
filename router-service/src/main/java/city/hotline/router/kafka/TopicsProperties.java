package city.hotline.router.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the router's topics are created. Partitions are the unit of scale: a role runs at most one busy
 * instance per partition. Replication must be 1 on the single embedded broker and 3 on a real cluster.
 */
@ConfigurationProperties("router.topics")
public record TopicsProperties(
        @DefaultValue("3") int partitions,
        @DefaultValue("1") short replicationFactor) {
}
