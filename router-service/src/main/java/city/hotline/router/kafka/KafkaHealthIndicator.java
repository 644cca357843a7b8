package city.hotline.router.kafka;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code /actuator/health} component "kafka": up when the cluster answers and every Kafka Streams
 * application of this instance is running (or rebalancing, which it recovers from by itself).
 */
@Component("kafka")
class KafkaHealthIndicator extends AbstractHealthIndicator implements AutoCloseable {

    private static final long TIMEOUT_MS = 3_000;

    private final Admin admin;
    private final List<StreamsBuilderFactoryBean> streamsApplications;

    KafkaHealthIndicator(KafkaAdmin kafkaAdmin, List<StreamsBuilderFactoryBean> streamsApplications) {
        this.admin = Admin.create(kafkaAdmin.getConfigurationProperties());
        this.streamsApplications = streamsApplications;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        var cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT_MS));
        String clusterId = cluster.clusterId().get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        int brokers = cluster.nodes().get(TIMEOUT_MS, TimeUnit.MILLISECONDS).size();
        Map<String, String> streams = streamsApplications.stream().collect(Collectors.toMap(
                factory -> String.valueOf(factory.getStreamsConfiguration().get("application.id")),
                factory -> stateOf(factory.getKafkaStreams())));
        boolean streamsHealthy = streams.values().stream().allMatch(state ->
                state.equals(KafkaStreams.State.RUNNING.name()) || state.equals(KafkaStreams.State.REBALANCING.name()));
        (streamsHealthy ? builder.up() : builder.down())
                .withDetail("clusterId", clusterId)
                .withDetail("brokers", brokers)
                .withDetail("streams", streams);
    }

    private static String stateOf(KafkaStreams streams) {
        return streams == null ? "NOT_STARTED" : streams.state().name();
    }

    @Override
    public void close() {
        admin.close();
    }
}
