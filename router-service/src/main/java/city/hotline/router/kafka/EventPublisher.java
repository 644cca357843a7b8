package city.hotline.router.kafka;

import city.hotline.schemas.Envelope;
import city.hotline.schemas.EventCodec;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes one event from an API call, keyed by its subject (the ticket id), and returns only once the
 * broker has it: an API that answers 202 has stored what it accepted.
 */
@Component
public class EventPublisher {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final KafkaTemplate<String, byte[]> kafka;
    private final EventCodec codec;

    EventPublisher(KafkaTemplate<String, byte[]> kafka, EventCodec codec) {
        this.kafka = kafka;
        this.codec = codec;
    }

    /**
     * @throws city.hotline.schemas.InvalidEventException when the event is not valid against its schema
     * @throws PublishFailedException                     when the broker did not acknowledge it in time
     */
    public void publish(Topics topic, Envelope<?> event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic.topicName(), event.subject(), codec.encode(event));
        record.headers().add("content-type", EventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        try {
            kafka.send(record).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException(topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new PublishFailedException(topic, e);
        }
    }
}
