package city.hotline.router.kafka;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Settings shared by the router's Kafka Streams applications.
 *
 * @param stateDir       local state (RocksDB); kept across restarts, rebuilt from changelogs when lost
 * @param commitInterval how often a transaction commits; bounds intake-to-routed latency under exactly-once
 * @param threads        stream threads per application instance
 * @param failoverTimeout how long the partitions of a crashed instance or failed thread wait before another
 *                        takes them over (the main consumer's session timeout; the broker's minimum is 6 s)
 */
@ConfigurationProperties("router.streams")
public record StreamsProperties(
        @DefaultValue("./data/streams") Path stateDir,
        @DefaultValue("100ms") Duration commitInterval,
        @DefaultValue("1") int threads,
        @DefaultValue("10s") Duration failoverTimeout) {
}
