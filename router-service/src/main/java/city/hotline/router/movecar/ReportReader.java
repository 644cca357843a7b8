package city.hotline.router.movecar;

import city.hotline.router.kafka.Topics;
import city.hotline.router.privacy.PhoneMasker;
import city.hotline.rules.text.Plates;
import city.hotline.schemas.Envelope;
import city.hotline.schemas.EscalationAction;
import city.hotline.schemas.EventCodec;
import city.hotline.schemas.EventType;
import city.hotline.schemas.FeedbackStage;
import city.hotline.schemas.InvalidEventException;
import city.hotline.schemas.RoutedTicket;
import city.hotline.schemas.TicketReceived;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Reads a routed move-car ticket into a {@link Report} keyed by its caller (the throttle's key): plate and
 * colour from the decision, the place from the move-car SMS or the ticket's location. A ticket without a
 * readable plate is answered at once (the operator asks the caller again); the phone number stays behind.
 */
class ReportReader implements Processor<String, byte[], String, Object> {

    private static final Logger log = LoggerFactory.getLogger(ReportReader.class);

    private final EventCodec codec;
    private final CallerKeys callerKeys;
    private final List<String> towKeywords;
    private final MoveCarEvents events;
    private final MoveCarMetrics metrics;
    private ProcessorContext<String, Object> context;

    ReportReader(EventCodec codec, CallerKeys callerKeys, List<String> towKeywords, MoveCarEvents events,
                 MoveCarMetrics metrics) {
        this.codec = codec;
        this.callerKeys = callerKeys;
        this.towKeywords = towKeywords;
        this.events = events;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, byte[]> record) {
        Envelope<RoutedTicket> routed;
        try {
            routed = codec.decode(record.value(), EventType.TICKET_ROUTED);
        } catch (InvalidEventException e) {
            metrics.unreadable(Topics.ROUTE_114.topicName());
            log.warn("Skipped a record on {} that is not a routed ticket: {}", Topics.ROUTE_114.topicName(), e.getMessage());
            return;
        }
        TicketReceived ticket = routed.data().ticket();
        String plate = routed.data().decision().plate() == null ? null
                : Plates.normalise(routed.data().decision().plate()).orElse(null);
        Incident incident = new Incident(routed.subject(), ticket.channel(), ticket.externalId(), plate,
                routed.data().decision().plateColour(), place(ticket), escalation(ticket.text()));
        if (plate == null) {
            metrics.screened("no-plate");
            log.info("Move-car ticket {} has no readable plate; the caller is asked for it", incident.ticketId());
            context.forward(events.feedback(incident.ticketId(), FeedbackStage.FAILED, "NO_PLATE", "未识别到车牌号"));
            context.forward(events.reply(incident, events.replies().noPlate()));
            return;
        }
        String callerKey = callerKeys.keyOf(ticket.callerPhone());
        context.forward(new Record<>(callerKey == null ? incident.ticketId() : callerKey,
                new Report(incident, callerKey, ticket.receivedAt()), record.timestamp()));
    }

    /** The place the caller named in a move-car SMS, else the ticket's address; numbers in it masked. */
    private static String place(TicketReceived ticket) {
        String place = ticket.moveCar() != null && ticket.moveCar().place() != null ? ticket.moveCar().place()
                : ticket.location() != null ? ticket.location().address() : null;
        return PhoneMasker.maskText(place);
    }

    private EscalationAction escalation(String text) {
        return towKeywords.stream().anyMatch(text::contains) ? EscalationAction.TOW : EscalationAction.ON_SITE;
    }
}
