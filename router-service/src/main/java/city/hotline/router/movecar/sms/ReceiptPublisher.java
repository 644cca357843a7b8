package city.hotline.router.movecar.sms;

import city.hotline.router.kafka.Topics;
import city.hotline.schemas.Envelope;
import city.hotline.schemas.EventCodec;
import city.hotline.schemas.EventType;
import city.hotline.schemas.SmsReceipt;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Stores a delivery receipt on {@code movecar.sms.receipts}, keyed by the SMS centre's message id, and returns
 * only once the broker has it.
 */
public class ReceiptPublisher {

    static final String SOURCE = "/hotline/movecar/smpp";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final KafkaTemplate<String, byte[]> kafka;
    private final EventCodec codec;

    public ReceiptPublisher(KafkaTemplate<String, byte[]> kafka, EventCodec codec) {
        this.kafka = kafka;
        this.codec = codec;
    }

    /** @throws IllegalStateException when the broker did not acknowledge the receipt */
    public void publish(SmsReceipt receipt) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.MOVECAR_SMS_RECEIPTS.topicName(),
                receipt.smscMessageId(), codec.encode(Envelope.of(EventType.SMS_RECEIPT, SOURCE,
                receipt.smscMessageId(), receipt, receipt.receivedAt())));
        record.headers().add("content-type", EventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        try {
            kafka.send(record).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing a delivery receipt", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not take a delivery receipt: " + e.getMessage(), e);
        }
    }
}
