package city.hotline.router;

import city.hotline.router.kafka.Topics;
import city.hotline.router.posture.DeploymentPosture;
import city.hotline.router.routing.DroolsTicketClassifier;
import city.hotline.rules.RulebaseRegistry;
import city.hotline.schemas.Envelope;
import city.hotline.schemas.EventCodec;
import city.hotline.schemas.EventType;
import city.hotline.schemas.RoutedTicket;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The running application over HTTP, and read-committed readers of its topics. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "router.embedded-kafka.enabled=false",
        // Move-car: a small synthetic registry, the in-process SMSC on a free port, and an SMS deadline short
        // enough for the SMSC-down tests.
        "router.movecar.registry.synthetic.vehicles=200",
        "router.movecar.smsc.port=0",
        "router.movecar.smsc.receipt-delay=50ms",
        "router.movecar.sms.send-deadline=6s",
        "router.movecar.sms.retry-backoff=100ms",
        "router.movecar.sms.max-retry-backoff=500ms",
        // An account of its own for the sign-in throttle's test, which locks it out.
        "router.security.users[0].name=throttle-probe",
        "router.security.users[0].password={noop}throttle-probe-demo",
        "router.security.users[0].roles=AGENT"})
// The demo posture chosen by name: the tests' broker is external to the application (DeploymentPosture).
@ActiveProfiles(DeploymentPosture.EMBEDDED)
@Import(RouterTestSupport.FaultInjection.class)
public abstract class RouterTestSupport {

    static {
        // A failed stream thread rethrows its exception before it is replaced; that is the behaviour under
        // test, not a failure of the test thread.
        Awaitility.doNotCatchUncaughtExceptionsByDefault();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FaultInjection {
        @Bean
        FaultInjectingClassifier ticketClassifier(RulebaseRegistry rulebase) {
            return new FaultInjectingClassifier(new DroolsTicketClassifier(rulebase));
        }
    }

    @DynamicPropertySource
    static void stateInTemporaryDirectory(DynamicPropertyRegistry registry) throws IOException {
        Path stateDir = Files.createTempDirectory("router-streams-");
        registry.add("router.streams.state-dir", stateDir::toString);
        Path postgresDir = Files.createTempDirectory("router-postgres-");
        registry.add("router.embedded-postgres.data-dir", postgresDir::toString);
    }

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;
    @Value("${spring.kafka.bootstrap-servers}")
    protected String bootstrapServers;
    @Autowired
    protected EventCodec codec;
    @Autowired
    protected FaultInjectingClassifier classifier;

    /** A demo account (application-embedded.yml); tests call as the supervisor unless they say otherwise. */
    public record Account(String name, String password) {
        public static final Account SUPERVISOR = new Account("supervisor", "supervisor-demo");
        public static final Account AUDITOR = new Account("auditor", "auditor-demo");
        public static final Account AGENT = new Account("agent", "agent-demo");
        public static final Account OTHER_AGENT = new Account("agent2", "agent-demo");
        public static final Account CAD_110 = new Account("cad110", "partner-demo");
        public static final Account WORK_ORDERS_12345 = new Account("wo12345", "partner-demo");
        public static final Account THROTTLE_PROBE = new Account("throttle-probe", "throttle-probe-demo");

        String basic() {
            return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
    }

    protected HttpResponse<String> post(String json) {
        return post("/api/v1/tickets", "application/json", json, Account.SUPERVISOR);
    }

    protected HttpResponse<String> get(String path) {
        return get(path, Account.SUPERVISOR);
    }

    protected HttpResponse<String> get(String path, Account account) {
        return send(request(path, account).GET().build());
    }

    /** @param account null: no credentials at all */
    protected HttpResponse<String> post(String path, String contentType, String body, Account account) {
        return send(request(path, account).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    protected HttpRequest.Builder request(String path, Account account) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        return account == null ? request : request.header("Authorization", account.basic());
    }

    /** Submits a ticket and returns its id. */
    protected String submit(String json) {
        HttpResponse<String> response = post(json);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return response.body().replaceAll(".*\"ticketId\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    }

    /**
     * Waits until the ticket view answers 200 for the ticket, and returns the body. The bound allows for
     * failed-thread takeovers (router.streams.failover-timeout, 10 s each) in the failure tests.
     */
    protected String awaitRouted(String ticketId) {
        List<String> body = new ArrayList<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            HttpResponse<String> response = get("/api/v1/tickets/" + ticketId);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            body.add(response.body());
        });
        return body.get(body.size() - 1);
    }

    /** Every committed record on a topic with the given key, read up to the current end. */
    protected List<ConsumerRecord<String, byte[]>> committed(Topics topic, String key) {
        return readToEnd(topic.topicName(), "read_committed", record -> key.equals(record.key()));
    }

    protected List<ConsumerRecord<String, byte[]>> readToEnd(String topic, String isolation,
                                                           Predicate<ConsumerRecord<String, byte[]>> filter) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (filter.test(record)) {
                        records.add(record);
                    }
                });
            }
            return records;
        }
    }

    protected Envelope<RoutedTicket> decodeRouted(ConsumerRecord<String, byte[]> record, EventType type) {
        return codec.decode(record.value(), type);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    protected HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
