package city.hotline.router.movecar.registry;

import city.hotline.router.kafka.Topics;
import city.hotline.schemas.Envelope;
import city.hotline.schemas.EventCodec;
import city.hotline.schemas.EventType;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaAdmin;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The embedded default's registry: writes the synthetic registry into {@code vehicle.registry} on the first
 * start only, when the topic is still empty; a topic with data (a restart, or a production feed) is left as it
 * is. Two instances seeding at once write the same records, which compaction folds into one.
 *
 * <p>It runs as a lifecycle phase just before the Streams applications (Spring Kafka starts them at
 * {@code Integer.MAX_VALUE - 1000}), so the move-car application restores the whole registry before its
 * first ticket.
 */
public class RegistrySeeder implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RegistrySeeder.class);
    static final String SOURCE = "/registry/synthetic";
    private static final int PHASE = Integer.MAX_VALUE - 1001;
    private static final int CHUNK = 10_000;

    private final RegistryProperties.Synthetic properties;
    private final KafkaProperties kafkaProperties;
    private final KafkaAdmin kafkaAdmin;
    private final EventCodec codec;
    private final Clock clock;
    private volatile boolean running;

    public RegistrySeeder(RegistryProperties properties, KafkaProperties kafkaProperties, KafkaAdmin kafkaAdmin,
                          EventCodec codec, Clock clock) {
        this.properties = properties.synthetic();
        this.kafkaProperties = kafkaProperties;
        this.kafkaAdmin = kafkaAdmin;
        this.codec = codec;
        this.clock = clock;
    }

    @Override
    public void start() {
        running = true;
        String topic = Topics.VEHICLE_REGISTRY.topicName();
        if (!properties.enabled()) {
            return;
        }
        long existing = recordsIn(topic);
        if (existing > 0) {
            log.info("Vehicle registry {} already holds data ({} records); not seeding", topic, existing);
            return;
        }
        Instant started = clock.instant();
        List<SyntheticRegistry.Vehicle> vehicles = new SyntheticRegistry(properties.seed(), properties.vehicles()).vehicles();
        write(topic, vehicles);
        log.info("Seeded the vehicle registry {} with {} synthetic vehicles (seed {}) in {} ms", topic, vehicles.size(),
                properties.seed(), Duration.between(started, clock.instant()).toMillis());
    }

    private void write(String topic, List<SyntheticRegistry.Vehicle> vehicles) {
        Map<String, Object> config = new HashMap<>(kafkaProperties.buildProducerProperties());
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        AtomicReference<Exception> failure = new AtomicReference<>();
        Instant now = clock.instant();
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            // Validating and encoding is most of the work: a chunk at a time on every core, then sent in order.
            for (int from = 0; from < vehicles.size(); from += CHUNK) {
                List<ProducerRecord<String, byte[]>> records = vehicles.subList(from, Math.min(from + CHUNK, vehicles.size()))
                        .parallelStream().map(vehicle -> record(topic, vehicle, now)).toList();
                for (ProducerRecord<String, byte[]> record : records) {
                    producer.send(record, (metadata, exception) -> {
                        if (exception != null) {
                            failure.compareAndSet(null, exception);
                        }
                    });
                }
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("Could not seed the vehicle registry " + topic, failure.get());
        }
    }

    private ProducerRecord<String, byte[]> record(String topic, SyntheticRegistry.Vehicle vehicle, Instant now) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, vehicle.registration().plate(),
                codec.encode(Envelope.of(EventType.VEHICLE_REGISTERED, SOURCE, vehicle.vehicleId(), vehicle.registration(), now)));
        record.headers().add("content-type", EventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private long recordsIn(String topic) {
        try (Admin admin = Admin.create(kafkaAdmin.getConfigurationProperties())) {
            var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(topic).partitions().stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .collect(Collectors.toMap(Function.identity(), partition -> OffsetSpec.latest()));
            return admin.listOffsets(partitions).all().get(30, TimeUnit.SECONDS).values().stream()
                    .mapToLong(offsets -> offsets.offset()).sum();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while checking the vehicle registry " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot check the vehicle registry " + topic, e);
        }
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
