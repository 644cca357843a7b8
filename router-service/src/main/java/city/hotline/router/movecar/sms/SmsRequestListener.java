package city.hotline.router.movecar.sms;

import city.hotline.router.kafka.Topics;
import city.hotline.router.movecar.MoveCarMetrics;
import city.hotline.schemas.Envelope;
import city.hotline.schemas.EventCodec;
import city.hotline.schemas.EventType;
import city.hotline.schemas.InvalidEventException;
import city.hotline.schemas.MoveCarUpdate;
import city.hotline.schemas.SmsRequest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.BatchMessageListener;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The SMS sender: a thin adapter between {@code movecar.sms.requests} and {@link SmsSender}. A batch of requests
 * is sent in parallel (up to the SMPP window), then every result goes to {@code movecar.updates} in the listener
 * container's Kafka transaction, which also commits the batch's offsets. The SMS is a side effect outside that
 * transaction: if it aborts, the batch comes again, and {@link SmsSender} does not text an owner twice.
 */
public class SmsRequestListener implements BatchMessageListener<String, byte[]>, AutoCloseable {

    static final String SOURCE = "/hotline/movecar/sms-sender";
    private static final Logger log = LoggerFactory.getLogger(SmsRequestListener.class);

    private final SmsSender sender;
    private final ExecutorService sending;
    private final KafkaTemplate<String, byte[]> updates;
    private final EventCodec codec;
    private final MoveCarMetrics metrics;
    private final Clock clock;

    /** @param concurrency how many SMS are submitted at once (the SMPP window) */
    public SmsRequestListener(SmsSender sender, int concurrency, KafkaTemplate<String, byte[]> updates,
                              EventCodec codec, MoveCarMetrics metrics, Clock clock) {
        this.sender = sender;
        AtomicInteger threads = new AtomicInteger();
        this.sending = Executors.newFixedThreadPool(concurrency,
                runnable -> new Thread(runnable, "movecar-sms-" + threads.incrementAndGet()));
        this.updates = updates;
        this.codec = codec;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void onMessage(List<ConsumerRecord<String, byte[]>> records) {
        List<String> tickets = new ArrayList<>(records.size());
        List<Future<MoveCarUpdate>> results = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            SmsRequest request = decode(record);
            if (request != null) {
                tickets.add(record.key());
                results.add(sending.submit(() -> sender.send(record.key(), request)));
            }
        }
        for (int i = 0; i < results.size(); i++) {
            publish(tickets.get(i), await(results.get(i)));
        }
    }

    private SmsRequest decode(ConsumerRecord<String, byte[]> record) {
        try {
            Envelope<SmsRequest> event = codec.decode(record.value(), EventType.SMS_REQUESTED);
            return event.data();
        } catch (InvalidEventException e) {
            metrics.unreadable(record.topic());
            log.error("Skipped {}-{}@{}: not an SMS request ({})", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
            return null;
        }
    }

    private void publish(String ticketId, MoveCarUpdate update) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.MOVECAR_UPDATES.topicName(), ticketId,
                codec.encode(Envelope.of(EventType.MOVECAR_UPDATED, SOURCE, ticketId, update, clock.instant())));
        record.headers().add("content-type", EventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        updates.send(record);
    }

    @Override
    public void close() {
        sending.shutdownNow();
    }

    /** A failure here aborts the transaction; the container delivers the batch again. */
    private static MoveCarUpdate await(Future<MoveCarUpdate> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending move-car SMS", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("sending a move-car SMS failed", e.getCause());
        }
    }
}
