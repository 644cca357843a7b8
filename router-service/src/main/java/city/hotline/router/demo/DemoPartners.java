package city.hotline.router.demo;

import city.hotline.router.kafka.EventPublisher;
import city.hotline.router.kafka.Topics;
import city.hotline.schemas.Envelope;
import city.hotline.schemas.EventCodec;
import city.hotline.schemas.EventType;
import city.hotline.schemas.FeedbackStage;
import city.hotline.schemas.TicketFeedback;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

/**
 * {@code --demo}: stands in for the police CAD and the 12345 work-order system, so the demo shows the loop:
 * each work order is confirmed received and accepted at once, and the rest (handled, closed, rejected) is left
 * to whoever tries the exchange API, with the deadlines running. A real partner posts the same events.
 */
@Component
@ConditionalOnProperty(name = "router.demo.enabled", havingValue = "true")
class DemoPartners {

    private static final Logger log = LoggerFactory.getLogger(DemoPartners.class);

    private final EventPublisher publisher;
    private final EventCodec codec;
    private final Clock clock;

    DemoPartners(EventPublisher publisher, EventCodec codec, Clock clock) {
        this.publisher = publisher;
        this.codec = codec;
        this.clock = clock;
    }

    @KafkaListener(topics = {"exchange.110", "exchange.12345"}, groupId = "hotline-demo-partners",
            properties = {"auto.offset.reset=earliest", "isolation.level=read_committed",
                    "value.deserializer=org.apache.kafka.common.serialization.ByteArrayDeserializer"})
    void onExchange(ConsumerRecord<String, byte[]> record) {
        Envelope<?> event = codec.decode(record.value());
        if (event.eventType() != EventType.WORK_ORDER) {
            return;
        }
        String line = record.topic().equals(Topics.EXCHANGE_110.topicName()) ? "110" : "12345";
        for (FeedbackStage stage : new FeedbackStage[] {FeedbackStage.RECEIVED, FeedbackStage.ACCEPTED}) {
            String id = UUID.nameUUIDFromBytes(("demo:" + event.id() + ":" + stage).getBytes(StandardCharsets.UTF_8)).toString();
            publisher.publish(Topics.TICKET_FEEDBACK, Envelope.of(EventType.TICKET_FEEDBACK, "/hotline/demo/partner-" + line,
                    event.subject(), TicketFeedback.of(line, stage, null, "演示：合作平台自动" + (stage == FeedbackStage.RECEIVED ? "签收" : "受理")),
                    clock.instant()).withId(id));
        }
        log.info("Demo partner {} received and accepted ticket {}: see its timeline at /api/v1/tickets/{}",
                line, event.subject(), event.subject());
    }
}
