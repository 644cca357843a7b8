package city.hotline.router.movecar;

import city.hotline.router.kafka.WindowLookups;
import city.hotline.schemas.SmsRequest;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Texts the owner once per plate and window: the first report of a plate becomes an SMS request; another report
 * of the same plate within {@code window} is a duplicate of the first ticket, and its caller is told the owner
 * has already been notified. Keyed by plate; the request is written in the same transaction as the mark, so it
 * exists exactly once.
 */
class DedupProcessor implements Processor<String, Report, String, Object> {

    static final String STORE = "movecar-notified-plates";
    private static final Logger log = LoggerFactory.getLogger(DedupProcessor.class);

    private final Duration window;
    private final SmsText smsText;
    private final MoveCarEvents events;
    private final MoveCarMetrics metrics;
    private ProcessorContext<String, Object> context;
    private WindowStore<String, String> notifiedPlates;

    DedupProcessor(Duration window, SmsText smsText, MoveCarEvents events, MoveCarMetrics metrics) {
        this.window = window;
        this.smsText = smsText;
        this.events = events;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.notifiedPlates = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, Report> record) {
        Report report = record.value();
        Incident incident = report.incident();
        long at = record.timestamp();
        String first = firstTicketWithin(incident.plate(), at);
        if (first != null) {
            if (!first.equals(incident.ticketId())) {
                metrics.screened("duplicate");
                log.info("Move-car ticket {}: plate {} was notified for ticket {} within {}; not texting again",
                        incident.ticketId(), incident.plate(), first, window);
                events.duplicate(incident, first, "同一车辆 %d 分钟内已通知车主".formatted(window.toMinutes()))
                        .forEach(context::forward);
            }
            return;
        }
        notifiedPlates.put(incident.plate(), incident.ticketId(), at);
        metrics.screened("sms-requested");
        context.forward(events.smsRequest(incident.ticketId(), new SmsRequest(requestId(incident.ticketId()),
                incident.plate(), incident.plateColour(), smsText.forOwner(incident.plate(), incident.place()),
                incident.place(), incident.channel(), incident.externalId(), incident.escalation(), report.receivedAt())));
    }

    /**
     * Both ways in time: reports of one plate come from different route.114 partitions and may reach this
     * partition out of timestamp order; the one processed first is the one texted.
     */
    private String firstTicketWithin(String plate, long at) {
        List<String> tickets = WindowLookups.valuesAround(notifiedPlates, plate, at, window);
        return tickets.isEmpty() ? null : tickets.get(0);
    }

    /** One SMS per ticket: the request id is derived from the ticket id, so a replay asks for the same SMS. */
    static String requestId(String ticketId) {
        return UUID.nameUUIDFromBytes(("sms:" + ticketId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
