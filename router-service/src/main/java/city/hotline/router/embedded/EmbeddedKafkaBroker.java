package city.hotline.router.embedded;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A single-node KRaft Kafka broker (broker and controller in one process), started from the broker's own
 * classes. Its log lives in a data directory that is formatted once, so a restart keeps every topic.
 *
 * <p>One node means the internal topics must have replication factor 1: with Kafka's defaults
 * {@code initTransactions()} times out and consumers silently read nothing.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final String CLUSTER_LISTENER = "PLAINTEXT";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final int NODE_ID = 1;

    private final Path dataDir;
    private final int port;
    private KafkaRaftServer server;

    /**
     * @param dataDir where the log is kept; created and formatted on first start
     * @param port    the client port, or 0 for any free port
     */
    public EmbeddedKafkaBroker(Path dataDir, int port) {
        this.dataDir = dataDir.toAbsolutePath();
        this.port = port == 0 ? freePort() : port;
    }

    public synchronized EmbeddedKafkaBroker start() {
        Instant started = Instant.now();
        int controllerPort = freePort();
        KafkaConfig config = new KafkaConfig(brokerConfig(controllerPort), false);
        formatOnce();
        server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        awaitReady();
        log.info("Embedded Kafka broker (KRaft) ready on {} with data in {} after {} ms",
                bootstrapServers(), dataDir, Duration.between(started, Instant.now()).toMillis());
        return this;
    }

    public String bootstrapServers() {
        return "localhost:" + port;
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.shutdown();
            server.awaitShutdown();
            server = null;
            log.info("Embedded Kafka broker stopped");
        }
    }

    private Map<String, Object> brokerConfig(int controllerPort) {
        Map<String, Object> props = new HashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        props.put("listeners", CLUSTER_LISTENER + "://localhost:" + port + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
        props.put("advertised.listeners", CLUSTER_LISTENER + "://localhost:" + port);
        props.put("listener.security.protocol.map", CLUSTER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("inter.broker.listener.name", CLUSTER_LISTENER);
        props.put("log.dirs", dataDir.toString());
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "3");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "3");
        props.put("min.insync.replicas", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        // Topics are created by the application with their intended partitions, never by a typo.
        props.put("auto.create.topics.enable", "false");
        props.put("log.cleaner.dedupe.buffer.size", String.valueOf(2 * 1024 * 1024));
        return props;
    }

    /** A formatted directory has its cluster id in meta.properties; formatting it again would be refused. */
    private void formatOnce() {
        if (Files.exists(dataDir.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(dataDir);
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(dataDir.toString())
                    .addDirectory(dataDir.toString())
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format the Kafka data directory " + dataDir, e);
        }
    }

    /** The broker answers metadata requests only once it is unfenced; clients started earlier would wait. */
    private void awaitReady() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            admin.describeCluster().nodes().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            close();
            throw new IllegalStateException("Embedded Kafka broker did not become ready on " + bootstrapServers(), e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for the embedded Kafka broker", e);
        }
    }
}
