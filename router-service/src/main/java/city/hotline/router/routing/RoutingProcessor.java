package city.hotline.router.routing;

import city.hotline.router.kafka.DeadLetters;

import city.hotline.router.kafka.WindowLookups;
import city.hotline.router.privacy.PhoneMasker;
import city.hotline.schemas.Envelope;
import city.hotline.schemas.EventCodec;
import city.hotline.schemas.EventType;
import city.hotline.schemas.RoutedTicket;
import city.hotline.schemas.RoutingDecision;
import city.hotline.schemas.TicketReceived;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.WindowStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Routes each valid ticket once: classify it, then write the decision to {@code routing.decisions} and the
 * ticket to its line's route topic. Both writes, the "already routed" mark and the consumed offset commit
 * in one Kafka transaction, so a ticket is routed exactly once even across crashes and repeated intake.
 */
class RoutingProcessor implements Processor<String, ValidTicket, String, Object> {

    /** This processor's node name in the topology. */
    static final String NODE = "route";
    static final String ROUTED_STORE = "routed-tickets";
    static final String DECISIONS_SINK = "decisions";
    static final String ROUTES_SINK = "routes";
    static final String TELEPHONY_SINK = "telephony";
    static final String CLASSIFIER_FAILED = "CLASSIFIER_FAILED";
    static final String SOURCE = "/hotline/router";

    private static final Logger log = LoggerFactory.getLogger(RoutingProcessor.class);

    private final TicketClassifier classifier;
    private final DeadLetters deadLetters;
    private final ClassifierAttempts attempts;
    private final RoutingMetrics metrics;
    private final Duration dedupRetention;
    private final Clock clock;
    private ProcessorContext<String, Object> context;
    private WindowStore<String, String> routed;

    RoutingProcessor(TicketClassifier classifier, DeadLetters deadLetters, ClassifierAttempts attempts,
                     RoutingMetrics metrics, Duration dedupRetention, Clock clock) {
        this.classifier = classifier;
        this.deadLetters = deadLetters;
        this.attempts = attempts;
        this.metrics = metrics;
        this.dedupRetention = dedupRetention;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.routed = context.getStateStore(ROUTED_STORE);
    }

    @Override
    public void process(Record<String, ValidTicket> record) {
        String ticketId = record.key();
        if (alreadyRouted(ticketId, record.timestamp())) {
            metrics.duplicate();
            log.info("Ticket {} was already routed; repeated intake event {} dropped", ticketId, record.value().event().id());
            return;
        }
        TicketReceived ticket = record.value().event().data();
        RecordMetadata source = context.recordMetadata().orElseThrow();
        RoutingDecision decision;
        try {
            decision = classifier.classify(ticket);
        } catch (RuntimeException e) {
            if (attempts.failedMayRetry(source)) {
                throw e; // aborts the open transaction; a replacement thread retries from the committed offset
            }
            deadLetters.send(context, record, record.value().original(), CLASSIFIER_FAILED, String.valueOf(e));
            return;
        }
        attempts.forget(source);

        Instant now = clock.instant();
        Envelope<RoutedTicket> decided = Envelope.of(EventType.ROUTING_DECIDED, SOURCE, ticketId,
                new RoutedTicket(PhoneMasker.auditCopy(ticket), decision), now);
        Envelope<RoutedTicket> routedTicket = Envelope.of(EventType.TICKET_ROUTED, SOURCE, ticketId,
                new RoutedTicket(ticket, decision), now);
        context.forward(output(ticketId, decided, now), DECISIONS_SINK);
        context.forward(output(ticketId, routedTicket, now), ROUTES_SINK);
        TelephonyCommands.forCall(ticket, decision).ifPresent(command -> context.forward(output(ticketId,
                Envelope.of(EventType.TELEPHONY_COMMAND, SOURCE, ticketId, command, now), now), TELEPHONY_SINK));
        routed.put(ticketId, decided.id(), record.timestamp());

        metrics.routed(decision.line(), decision.tookMicros(), Duration.between(ticket.receivedAt(), now));
        log.info("Routed ticket {} to {} (category {}, department {}, plate {}) by {} in {} µs, rulebase {}",
                ticketId, decision.line(), decision.category(), decision.department(), decision.plate(),
                decision.rules(), decision.tookMicros(), decision.rulebaseVersion());
    }

    private boolean alreadyRouted(String ticketId, long timestamp) {
        return !WindowLookups.valuesAround(routed, ticketId, timestamp, dedupRetention).isEmpty();
    }

    /** Structured-mode CloudEvents carry their content type in a header (Kafka protocol binding). */
    private static Record<String, Object> output(String ticketId, Envelope<?> event, Instant time) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", EventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        return new Record<>(ticketId, event, time.toEpochMilli(), headers);
    }
}
