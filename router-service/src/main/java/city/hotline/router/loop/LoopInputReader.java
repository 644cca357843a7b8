package city.hotline.router.loop;

import city.hotline.router.kafka.DeadLetters;
import city.hotline.router.kafka.Topics;
import city.hotline.schemas.Envelope;
import city.hotline.schemas.EventCodec;
import city.hotline.schemas.EventType;
import city.hotline.schemas.InvalidEventException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;

/**
 * Decodes what the tracker reads: routed tickets, feedback (which partners may write directly) and
 * escalations. A record that is not a valid event of its topic goes to {@code loop.dlq} with its bytes and
 * the reason, and so does one the tracker fails to apply ({@value #LOOP_FAILED}); the tracker's own events,
 * read back from those topics, are skipped (they were applied when they were written).
 */
class LoopInputReader implements Processor<String, byte[], String, Object> {

    private static final Logger log = LoggerFactory.getLogger(LoopInputReader.class);

    static final String NODE = "loop-read";
    static final String INVALID = "INVALID_EVENT";
    static final String LOOP_FAILED = "LOOP_FAILED";

    private final EventCodec codec;
    private final DeadLetters deadLetters;
    private ProcessorContext<String, Object> context;

    LoopInputReader(EventCodec codec, DeadLetters deadLetters) {
        this.codec = codec;
        this.deadLetters = deadLetters;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, byte[]> record) {
        String topic = context.recordMetadata().orElseThrow().topic();
        byte[] original = record.value() == null ? new byte[0] : record.value();
        LoopInput input;
        try {
            input = decode(topic, original);
        } catch (InvalidEventException e) {
            deadLetters.send(context, record, original, INVALID, e.getMessage());
            return;
        }
        if (deadLetters.keyIsNotSubject(context, record, original, input.event().subject())
                || input.event().source().startsWith(LoopEvents.SOURCE)) {
            return;
        }
        try {
            context.forward(record.withValue(input), LoopProcessor.NODE);
        } catch (RuntimeException e) {
            // The tracker changes nothing before its outputs are valid (LoopProcessor.apply), so a record it
            // cannot apply is set aside whole, and the partition goes on.
            log.error("The loop tracker could not apply {} event {} of ticket {}", input.event().type(),
                    input.event().id(), record.key(), e);
            deadLetters.send(context, record, original, LOOP_FAILED, String.valueOf(e));
        }
    }

    private LoopInput decode(String topic, byte[] bytes) {
        if (topic.equals(Topics.TICKET_FEEDBACK.topicName())) {
            return new LoopInput.Feedback(codec.decode(bytes, EventType.TICKET_FEEDBACK));
        }
        if (topic.equals(Topics.TICKET_ESCALATIONS.topicName())) {
            return new LoopInput.Escalated(codec.decode(bytes, EventType.TICKET_ESCALATED));
        }
        if (Arrays.asList(Topics.routeTopicNames()).contains(topic)) {
            return new LoopInput.Routed(codec.decode(bytes, EventType.TICKET_ROUTED));
        }
        throw new IllegalStateException("the loop tracker does not read " + topic);
    }
}
