package city.hotline.router.embedded;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;

/**
 * The in-process broker used when {@code spring.kafka.bootstrap-servers} is not set.
 *
 * @param enabled whether to start it at all (false: the application needs an external cluster)
 * @param dataDir where the broker keeps its log across restarts
 * @param port    the client port; 0 picks a free one
 */
@ConfigurationProperties(EmbeddedKafkaProperties.PREFIX)
public record EmbeddedKafkaProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("./data/kafka") Path dataDir,
        @DefaultValue("9092") int port) {

    public static final String PREFIX = "router.embedded-kafka";
}
