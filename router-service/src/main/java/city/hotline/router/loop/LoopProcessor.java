package city.hotline.router.loop;

import city.hotline.router.kafka.Topics;
import city.hotline.schemas.DeadlineKind;
import city.hotline.schemas.DeadlineStatus;
import city.hotline.schemas.EventCodec;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The loop tracker's Kafka side: keeps each ticket's {@link TrackedTicket} in a state store, applies inputs
 * through {@link LoopTransitions} and publishes the results, all in the input's transaction. Timers are a
 * second store indexed by due time ({@code <epoch millis>|<ticket>|<what>}), scanned by a wall-clock
 * punctuator: after a restart or a rebalance the timers are simply there again, restored with the store.
 */
class LoopProcessor implements Processor<String, LoopInput, String, Object> {

    static final String NODE = "loop-track";
    static final String TICKETS = "loop-tickets";
    static final String TIMERS = "loop-timers";
    static final String SINK = "loop-out";

    private static final Logger log = LoggerFactory.getLogger(LoopProcessor.class);
    private static final String ORPHAN = "orphan";
    /** Timers fired per punctuation, so a backlog after downtime is worked off in bounded transactions. */
    private static final int TIMERS_PER_TICK = 500;

    private final LoopTransitions transitions;
    private final EventCodec codec;
    private final LoopMetrics metrics;
    private final Duration timerInterval;
    private final Duration orphanWait;
    private ProcessorContext<String, Object> context;
    private KeyValueStore<String, TrackedTicket> tickets;
    private KeyValueStore<String, String> timers;

    LoopProcessor(LoopTransitions transitions, EventCodec codec, LoopMetrics metrics, Duration timerInterval,
                  Duration orphanWait) {
        this.transitions = transitions;
        this.codec = codec;
        this.metrics = metrics;
        this.timerInterval = timerInterval;
        this.orphanWait = orphanWait;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.tickets = context.getStateStore(TICKETS);
        this.timers = context.getStateStore(TIMERS);
        context.schedule(timerInterval, PunctuationType.WALL_CLOCK_TIME, now -> fireDue(Instant.ofEpochMilli(now)));
    }

    @Override
    public void process(Record<String, LoopInput> record) {
        String ticketId = record.key();
        TrackedTicket known = tickets.get(ticketId);
        LoopInput input = record.value();
        Step step;
        if (input instanceof LoopInput.Routed routed) {
            step = transitions.routed(known, routed.event());
        } else if (input instanceof LoopInput.Feedback feedback) {
            step = transitions.feedback(known, ticketId, feedback.event().id(), feedback.event().time(), feedback.event().data());
            if (step.ticket() != null && !step.ticket().isRouted()) {
                setTimer(orphanExpiry(feedback.event().time()), ticketId, ORPHAN + "|" + feedback.event().id());
            }
        } else {
            step = transitions.escalated(known, ((LoopInput.Escalated) input).event());
        }
        apply(ticketId, known, step);
    }

    private Instant orphanExpiry(Instant feedbackTime) {
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        Instant byEventTime = feedbackTime.plus(orphanWait);
        return byEventTime.isAfter(now) ? byEventTime : now.plus(orphanWait);
    }

    /**
     * Encodes (and so validates) every output before anything is stored: an input whose results cannot be
     * published fails here, with nothing changed, and the reader dead-letters it instead of half-applying it.
     */
    private void apply(String ticketId, TrackedTicket before, Step step) {
        List<Record<String, Object>> records = new ArrayList<>();
        for (Outbound out : step.outputs()) {
            RecordHeaders headers = new RecordHeaders();
            headers.add("content-type", EventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            records.add(new Record<>(ticketId, new Encoded(out.topic(), codec.encode(out.event())),
                    out.event().time().toEpochMilli(), headers));
        }
        if (step.ticket() == null) {
            tickets.delete(ticketId);
        } else if (!step.ticket().equals(before)) {
            tickets.put(ticketId, step.ticket());
            step.ticket().deadlines().stream().filter(d -> d.status() == DeadlineStatus.PENDING)
                    .forEach(d -> setTimer(d.dueAt(), ticketId, d.kind().name() + "|" + d.line()));
        }
        records.forEach(record -> context.forward(record, SINK));
        step.outputs().forEach(out -> metrics.published(out.event().eventType()));
    }

    private void setTimer(Instant due, String ticketId, String what) {
        timers.put(timerKey(due.toEpochMilli(), ticketId, what), ticketId);
    }

    private void fireDue(Instant now) {
        List<String> due = new ArrayList<>();
        try (KeyValueIterator<String, String> it = timers.range(timerKey(0, "", ""), timerKey(now.toEpochMilli(), "\uffff", ""))) {
            while (it.hasNext() && due.size() < TIMERS_PER_TICK) {
                KeyValue<String, String> timer = it.next();
                due.add(timer.key);
            }
        }
        for (String key : due) {
            try {
                fire(key, now);
            } catch (RuntimeException e) {
                // A timer that cannot fire must not stop every other ticket of the partition: it is dropped, loudly.
                metrics.timerFailed();
                log.error("Timer {} could not fire and is dropped: {}", key, e.toString(), e);
            }
            timers.delete(key);
        }
    }

    private void fire(String timerKey, Instant now) {
        String[] parts = timerKey.split("\\|", 4);
        Instant dueAt = Instant.ofEpochMilli(Long.parseLong(parts[0]));
        String ticketId = parts[1];
        TrackedTicket known = tickets.get(ticketId);
        Step step;
        if (ORPHAN.equals(parts[2])) {
            step = transitions.orphanExpired(known, ticketId, parts[3], now);
        } else {
            step = transitions.overdue(known, DeadlineKind.valueOf(parts[2]), parts[3], dueAt, now);
            if (step.ticket() != known) {
                metrics.overdue(DeadlineKind.valueOf(parts[2]));
                log.info("Ticket {}: {} deadline of line {} passed (due {}); escalated", ticketId, parts[2], parts[3], dueAt);
            }
        }
        apply(ticketId, known, step);
    }

    /** An event ready for the sink: its topic and its bytes, encoded and validated before anything was stored. */
    record Encoded(Topics topic, byte[] bytes) {
    }

    /** Zero-padded millis first, so the store's byte order is time order and a range scan finds what is due. */
    private static String timerKey(long dueMillis, String ticketId, String what) {
        return String.format("%015d|%s|%s", dueMillis, ticketId, what);
    }
}
