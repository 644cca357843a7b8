package city.hotline.router.movecar;

import city.hotline.schemas.FeedbackStage;
import city.hotline.schemas.MoveCarUpdate;
import city.hotline.schemas.SmsRequest;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Follows each ticket from its SMS request to the end, and publishes every fact once: {@code notified} when the
 * SMS centre accepted the SMS, {@code delivered} on the receipt, {@code failed} plus an escalation when the SMS
 * could not be sent, was not delivered, or no receipt came within the timeout, {@code moved} and
 * {@code closed} on the caller's or an operator's confirmation. Updates may come twice or late (the sender is
 * at-least-once); the case remembers what it has published.
 *
 * <p>Timeouts run on wall-clock time: a store of due times, ordered by time, is scanned every
 * {@code checkInterval}.
 */
class CaseProcessor implements Processor<String, Object, String, Object> {

    static final String CASES = "movecar-cases";
    static final String TIMERS = "movecar-timers";
    private static final String RECEIPT = "receipt";
    private static final String EXPIRE = "expire";
    private static final Set<String> IN_PROGRESS = Set.of("ENROUTE", "ACCEPTD");
    private static final Logger log = LoggerFactory.getLogger(CaseProcessor.class);

    private final MoveCarProperties.FollowUp followUp;
    private final MoveCarEvents events;
    private final MoveCarMetrics metrics;
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, MoveCarCase> cases;
    private KeyValueStore<String, String> timers;

    /** Input: the data of {@code sms.requested} and {@code movecar.updated} events. */
    CaseProcessor(MoveCarProperties.FollowUp followUp, MoveCarEvents events, MoveCarMetrics metrics) {
        this.followUp = followUp;
        this.events = events;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.cases = context.getStateStore(CASES);
        this.timers = context.getStateStore(TIMERS);
        context.schedule(followUp.checkInterval(), PunctuationType.WALL_CLOCK_TIME, this::followUp);
    }

    @Override
    public void process(Record<String, Object> record) {
        if (record.value() instanceof SmsRequest request) {
            open(record.key(), request);
        } else if (record.value() instanceof MoveCarUpdate update) {
            apply(record.key(), update);
        }
    }

    private void open(String ticketId, SmsRequest request) {
        if (cases.get(ticketId) != null) {
            return;
        }
        long now = context.currentSystemTimeMs();
        Incident incident = new Incident(ticketId, request.channel(), request.externalId(), request.plate(),
                request.plateColour(), request.place(), request.escalation());
        MoveCarCase opened = MoveCarCase.opened(incident, request.requestId(),
                now + followUp.receiptTimeout().toMillis(), now + followUp.caseRetention().toMillis());
        cases.put(ticketId, opened);
        timers.put(timer(opened.receiptDue(), RECEIPT, ticketId), ticketId);
        timers.put(timer(opened.expiresAt(), EXPIRE, ticketId), ticketId);
    }

    private void apply(String ticketId, MoveCarUpdate update) {
        MoveCarCase current = cases.get(ticketId);
        if (update.kind() == MoveCarUpdate.Kind.MOVED) {
            moved(ticketId, current, update.confirmedBy());
            return;
        }
        if (current == null || current.incident() == null) {
            log.info("Move-car update {} for ticket {} without an open case; ignored", update.kind().wireName(), ticketId);
            return;
        }
        switch (update.kind()) {
            case SMS_SUBMITTED -> submitted(ticketId, current, update.smscMessageId());
            case SMS_NOT_SENT -> notReached(ticketId, current, update.reason(), update.detail());
            case SMS_RECEIPT -> receipt(ticketId, current, update.receiptStatus());
            default -> throw new IllegalStateException("unhandled update " + update.kind());
        }
    }

    private void submitted(String ticketId, MoveCarCase current, String messageId) {
        if (current.notified()) {
            return; // the sender submitted again after a failed commit; the owner was already counted notified
        }
        context.forward(events.feedback(ticketId, FeedbackStage.NOTIFIED, null, null));
        if (!current.escalated() && !current.closed()) {
            context.forward(events.reply(current.incident(), events.replies().notified()));
        }
        cases.put(ticketId, current.notifiedAs(messageId));
    }

    private void receipt(String ticketId, MoveCarCase current, String status) {
        metrics.receipt(status);
        if (IN_PROGRESS.contains(status)) {
            return;
        }
        if ("DELIVRD".equals(status)) {
            if (!current.delivered()) {
                context.forward(events.feedback(ticketId, FeedbackStage.DELIVERED, null, null));
                cases.put(ticketId, current.deliveredNow());
                timers.delete(timer(current.receiptDue(), RECEIPT, ticketId));
            }
            return;
        }
        notReached(ticketId, current, "SMS_UNDELIVERED", "短信未送达车主（回执 %s）".formatted(status));
    }

    private void notReached(String ticketId, MoveCarCase current, String reason, String detail) {
        if (!current.awaitingOwner()) {
            return;
        }
        metrics.escalated(reason);
        log.info("Move-car ticket {}: owner not reached ({}); escalated to a patrol", ticketId, reason);
        events.notReached(current.incident(), reason, detail, events.replies().notReached()).forEach(context::forward);
        cases.put(ticketId, current.escalatedNow());
        timers.delete(timer(current.receiptDue(), RECEIPT, ticketId));
    }

    /** Closes the ticket once, whether or not it had a case (a duplicate or an unknown plate can be moved too). */
    private void moved(String ticketId, MoveCarCase current, String confirmedBy) {
        if (current != null && current.closed()) {
            return;
        }
        String reason = "CONFIRMED_BY_" + confirmedBy.toUpperCase(Locale.ROOT);
        context.forward(events.feedback(ticketId, FeedbackStage.MOVED, reason, null));
        context.forward(events.feedback(ticketId, FeedbackStage.CLOSED, "MOVED", null));
        log.info("Move-car ticket {} closed: vehicle moved, confirmed by the {}", ticketId, confirmedBy);
        if (current == null) {
            MoveCarCase marker = MoveCarCase.closedWithoutCase(context.currentSystemTimeMs() + followUp.caseRetention().toMillis());
            cases.put(ticketId, marker);
            timers.put(timer(marker.expiresAt(), EXPIRE, ticketId), ticketId);
        } else {
            cases.put(ticketId, current.closedNow());
            timers.delete(timer(current.receiptDue(), RECEIPT, ticketId));
        }
    }

    private void followUp(long now) {
        List<KeyValue<String, String>> due = new ArrayList<>();
        try (KeyValueIterator<String, String> iterator = timers.range(timer(0, "", ""), timer(now, "~", ""))) {
            iterator.forEachRemaining(due::add);
        }
        for (KeyValue<String, String> timer : due) {
            timers.delete(timer.key);
            MoveCarCase current = cases.get(timer.value);
            if (current == null) {
                continue;
            }
            if (timer.key.contains("|" + EXPIRE + "|")) {
                cases.delete(timer.value);
            } else if (current.awaitingOwner()) {
                notReached(timer.value, current, current.notified() ? "NO_DELIVERY_RECEIPT" : "NOT_SENT_IN_TIME",
                        "%d 秒内未收到短信送达回执".formatted(followUp.receiptTimeout().toSeconds()));
            }
        }
    }

    /** Zero-padded due time first, so the store's byte order is the order of due times. */
    private static String timer(long dueMillis, String kind, String ticketId) {
        return "%013d|%s|%s".formatted(dueMillis, kind, ticketId);
    }
}
