package city.hotline.router.routing;

import city.hotline.router.kafka.DeadLetters;

import city.hotline.schemas.Envelope;
import city.hotline.schemas.EventCodec;
import city.hotline.schemas.EventType;
import city.hotline.schemas.InvalidEventException;
import city.hotline.schemas.TicketReceived;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Parses and validates each intake record against the schemas: a valid {@code ticket.received} event keyed
 * by its ticket id goes on to routing; anything else goes to the dead-letter topic with the reason.
 */
class IntakeValidationProcessor implements Processor<String, byte[], String, Object> {

    static final String NODE = "validate";

    private final EventCodec codec;
    private final DeadLetters deadLetters;
    private ProcessorContext<String, Object> context;

    IntakeValidationProcessor(EventCodec codec, DeadLetters deadLetters) {
        this.codec = codec;
        this.deadLetters = deadLetters;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, byte[]> record) {
        byte[] original = record.value() == null ? new byte[0] : record.value();
        Envelope<TicketReceived> event;
        try {
            event = codec.decode(original, EventType.TICKET_RECEIVED);
        } catch (InvalidEventException e) {
            deadLetters.send(context, record, original, e.reason().name(), e.getMessage());
            return;
        }
        if (deadLetters.keyIsNotSubject(context, record, original, event.subject())) {
            return;
        }
        context.forward(record.withValue(new ValidTicket(event, original)), RoutingProcessor.NODE);
    }
}
