package city.hotline.router.movecar;

import city.hotline.router.kafka.Topics;
import city.hotline.schemas.Envelope;
import city.hotline.schemas.EventCodec;
import city.hotline.schemas.EventType;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.TopicNameExtractor;

/**
 * Where the move-car topology's events go: each to the topic of its type. The processors forward either an
 * event (an {@link Envelope}, published) or the report they pass on to the next step.
 */
final class MoveCarOutputs {

    private final Produced<String, Object> produced;

    MoveCarOutputs(EventCodec codec) {
        Serde<Object> events = Serdes.serdeFrom(
                (topic, event) -> event == null ? null : codec.encode((Envelope<?>) event),
                (topic, bytes) -> bytes == null ? null : codec.decode(bytes));
        this.produced = Produced.with(Serdes.String(), events);
    }

    static Topics topicFor(EventType type) {
        return switch (type) {
            case TICKET_FEEDBACK -> Topics.TICKET_FEEDBACK;
            case TICKET_ESCALATED -> Topics.TICKET_ESCALATIONS;
            case CHANNEL_REPLY -> Topics.CHANNEL_REPLIES;
            case SMS_REQUESTED -> Topics.MOVECAR_SMS_REQUESTS;
            case MOVECAR_UPDATED -> Topics.MOVECAR_UPDATES;
            default -> throw new IllegalArgumentException("the move-car service does not publish " + type);
        };
    }

    /** Publishes every event of the stream to its topic. */
    void publish(KStream<String, Object> events) {
        TopicNameExtractor<String, Object> byType = (key, event, context) ->
                topicFor(((Envelope<?>) event).eventType()).topicName();
        events.to(byType, produced);
    }

    /** Publishes the events a step forwarded and returns what it passed on to the next step. */
    <V> KStream<String, V> publishAndPass(KStream<String, Object> output, String step, Class<V> passed) {
        var branches = output.split(Named.as(step + "-"))
                .branch((key, value) -> value instanceof Envelope<?>, Branched.withConsumer(this::publish, "events"))
                .defaultBranch(Branched.as("passed"));
        return branches.get(step + "-passed").mapValues(passed::cast, Named.as(step + "-pass"));
    }
}
