package city.hotline.router.intake;

import city.hotline.router.kafka.Topics;
import city.hotline.rules.text.MoveCarSms;
import city.hotline.schemas.Envelope;
import city.hotline.schemas.EventCodec;
import city.hotline.schemas.EventType;
import city.hotline.schemas.MoveCarRequest;
import city.hotline.schemas.TicketReceived;
import city.hotline.schemas.TicketSubmission;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Turns a validated submission into a {@code ticket.received} event on its intake topic. It answers only
 * after the broker has acknowledged the write, so an accepted ticket is never lost.
 */
@Service
public class TicketIntake {

    static final String SOURCE = "/hotline/intake/api";
    private static final Logger log = LoggerFactory.getLogger(TicketIntake.class);

    private final KafkaTemplate<String, byte[]> kafka;
    private final EventCodec codec;
    private final IntakeProperties properties;
    private final MeterRegistry meters;
    private final Clock clock;

    TicketIntake(KafkaTemplate<String, byte[]> kafka, EventCodec codec, IntakeProperties properties,
                 MeterRegistry meters, Clock clock) {
        this.kafka = kafka;
        this.codec = codec;
        this.properties = properties;
        this.meters = meters;
        this.clock = clock;
    }

    /** A ticket from an adapter (no agent took it); see {@link #submit(TicketSubmission, String)}. */
    public String submit(TicketSubmission submission) {
        return submit(submission, null);
    }

    /**
     * @param takenBy the signed-in account that submitted it, or null
     * @return the ticket id (the same one again for a repeated external id)
     */
    public String submit(TicketSubmission submission, String takenBy) {
        String ticketId = TicketIds.assign(submission.channel(), submission.externalId());
        MoveCarRequest moveCar = MoveCarSms.parse(submission.text())
                .map(sms -> new MoveCarRequest(sms.plate(), sms.plateColour(), sms.place()))
                .orElse(null);
        Envelope<TicketReceived> event = Envelope.of(EventType.TICKET_RECEIVED, SOURCE, ticketId,
                TicketReceived.from(submission, moveCar, clock.instant()).takenBy(takenBy), clock.instant());
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(
                Topics.intakeFor(submission.channel()).topicName(), ticketId, codec.encode(event));
        record.headers().add("content-type", EventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        publish(record);
        Counter.builder("hotline.intake").tag("channel", submission.channel().wireName())
                .description("Tickets accepted at intake").register(meters).increment();
        log.info("Accepted ticket {} from channel {}{}", ticketId, submission.channel().wireName(),
                moveCar == null ? "" : " (move-car SMS, plate " + moveCar.plate() + ")");
        return ticketId;
    }

    private void publish(ProducerRecord<String, byte[]> record) {
        try {
            kafka.send(record).get(properties.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntakeUnavailableException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IntakeUnavailableException(e);
        }
    }
}
