package city.hotline.router.movecar.sms;

import city.hotline.router.kafka.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.transaction.KafkaTransactionManager;
import org.springframework.util.backoff.FixedBackOff;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The SMS sender's Kafka plumbing, kept out of the application's shared clients: a read-committed consumer of
 * {@code movecar.sms.requests} in its own group, and a transactional producer whose transaction carries the
 * batch's results and offsets together (spring-kafka's listener container with a Kafka transaction manager).
 * A failed transaction is retried forever, one second apart: a request is never skipped.
 */
public class SmsSenderContainer implements SmartLifecycle, AutoCloseable {

    /** A poll brings at most this many SMPP windows of requests, so a batch is short even when the SMSC is slow. */
    private static final int WINDOWS_PER_BATCH = 4;
    private static final Duration SLACK = Duration.ofMinutes(1);

    private final DefaultKafkaProducerFactory<String, byte[]> producers;
    private final SmsRequestListener listener;
    private final KafkaMessageListenerContainer<String, byte[]> container;

    /** @param listener built from the template this container's transactions run on */
    /** @param fetchMaxWait how long the broker may hold a fetch when no request is waiting */
    public SmsSenderContainer(KafkaProperties kafka, SmsProperties sms, String groupId, Duration fetchMaxWait,
                              Function<KafkaTemplate<String, byte[]>, SmsRequestListener> listener) {
        // The longest a batch can take: its first requests retry until their deadline, then every window of
        // the rest makes one attempt (requests behind a long outage are already past their deadline) that
        // may take a whole bind plus submit timeout. The transaction and the poll interval must outlast it.
        int batch = WINDOWS_PER_BATCH * sms.concurrency();
        Duration longestBatch = sms.sendDeadline().plus(sms.responseTimeout().multipliedBy(2L * WINDOWS_PER_BATCH)).plus(SLACK);
        Map<String, Object> producerConfig = new HashMap<>(kafka.buildProducerProperties());
        producerConfig.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, (int) longestBatch.toMillis());
        producerConfig.put(ProducerConfig.RETRY_BACKOFF_MS_CONFIG, 10);
        this.producers = new DefaultKafkaProducerFactory<>(producerConfig);
        // One id per instance: with exactly-once v2 the consumer group's generation fences zombies, not the id.
        producers.setTransactionIdPrefix(groupId + "-" + UUID.randomUUID() + "-");
        this.listener = listener.apply(new KafkaTemplate<>(producers));

        Map<String, Object> consumerConfig = new HashMap<>(kafka.buildConsumerProperties());
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        consumerConfig.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerConfig.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, (int) longestBatch.toMillis());
        consumerConfig.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, batch);
        consumerConfig.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, (int) fetchMaxWait.toMillis());
        ContainerProperties properties = new ContainerProperties(Topics.MOVECAR_SMS_REQUESTS.topicName());
        properties.setKafkaAwareTransactionManager(new KafkaTransactionManager<>(producers));
        properties.setMessageListener(this.listener);
        this.container = new KafkaMessageListenerContainer<>(new DefaultKafkaConsumerFactory<>(consumerConfig,
                new StringDeserializer(), new ByteArrayDeserializer()), properties);
        container.setBeanName("movecar-sms-sender");
        container.setAfterRollbackProcessor(new DefaultAfterRollbackProcessor<>(
                new FixedBackOff(1_000, FixedBackOff.UNLIMITED_ATTEMPTS)));
    }

    @Override
    public void start() {
        container.start();
    }

    @Override
    public void stop() {
        container.stop();
    }

    @Override
    public boolean isRunning() {
        return container.isRunning();
    }

    @Override
    public int getPhase() {
        return AbstractMessageListenerContainer.DEFAULT_PHASE;
    }

    @Override
    public void close() {
        listener.close();
        producers.destroy();
    }
}
