package city.hotline.router.exchange;

import city.hotline.router.kafka.EventPublisher;
import city.hotline.router.kafka.PublishFailedException;
import city.hotline.router.kafka.Topics;
import city.hotline.router.loop.FeedbackPolicy;
import city.hotline.router.privacy.PhoneMasker;
import city.hotline.router.tickets.TicketView;
import city.hotline.router.tickets.TicketViewUnavailableException;
import city.hotline.router.web.Problems;
import city.hotline.schemas.Envelope;
import city.hotline.schemas.EventType;
import city.hotline.schemas.FeedbackStage;
import city.hotline.schemas.InvalidEventException;
import city.hotline.schemas.TicketFeedback;
import city.hotline.schemas.TicketTrack;
import city.hotline.schemas.TimelineEntry;
import city.hotline.schemas.TimelineKind;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The partner platforms' side of the loop (docs/exchange.md): {@code GET /api/v1/exchange/{line}/outbox} pulls
 * what the exchange topic pushes (work orders, reminders, outcomes, refused feedback); {@code POST
 * /api/v1/exchange/{line}/feedback} posts received, accepted, progress, handled, closed or rejected. A feedback
 * needs an {@code Idempotency-Key}: the key fixes the event id, so a retried post is applied once.
 */
@RestController
@RequestMapping("/api/v1/exchange/{line}")
@ConditionalOnProperty(name = "router.roles.ticket-view", havingValue = "true", matchIfMissing = true)
class ExchangeController {

    /** A partner's feedback on a ticket; the line is the one in the path. */
    record FeedbackPost(String ticketId, FeedbackStage stage, String reason, String detail) {
    }

    record FeedbackAccepted(String eventId, String ticketId, FeedbackStage stage, boolean alreadyApplied) {
    }

    static final String SOURCE = "/hotline/exchange/";
    private static final Set<String> PARTNERS = Set.of("110", "12345");
    private static final int MAX_KEY_LENGTH = 100;
    private static final int MAX_PAGE = 500;

    private final TicketView tickets;
    private final EventPublisher publisher;
    private final ExchangeOutbox outbox;
    private final Clock clock;

    ExchangeController(TicketView tickets, EventPublisher publisher, ExchangeOutbox outbox, Clock clock) {
        this.tickets = tickets;
        this.publisher = publisher;
        this.outbox = outbox;
        this.clock = clock;
    }

    @GetMapping("/outbox")
    ResponseEntity<?> outbox(@PathVariable String line, @RequestParam(required = false) String cursor,
                             @RequestParam(defaultValue = "100") int limit) {
        if (!PARTNERS.contains(line)) {
            return problem(HttpStatus.NOT_FOUND, "unknown-partner", "No partner platform for line " + line);
        }
        if (limit < 1 || limit > MAX_PAGE) {
            return problem(HttpStatus.BAD_REQUEST, "invalid-limit", "limit must be 1.." + MAX_PAGE);
        }
        try {
            return ResponseEntity.ok(outbox.read(line, cursor, limit));
        } catch (IllegalArgumentException e) {
            return problem(HttpStatus.BAD_REQUEST, "invalid-cursor", e.getMessage());
        }
    }

    @PostMapping("/feedback")
    ResponseEntity<?> feedback(@PathVariable String line,
                               @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
                               @RequestBody FeedbackPost post) {
        if (!PARTNERS.contains(line)) {
            return problem(HttpStatus.NOT_FOUND, "unknown-partner", "No partner platform for line " + line);
        }
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH) {
            return problem(HttpStatus.BAD_REQUEST, "missing-idempotency-key",
                    "Send an Idempotency-Key header (1-" + MAX_KEY_LENGTH + " characters) unique to this feedback");
        }
        if (post.ticketId() == null || post.stage() == null) {
            return problem(HttpStatus.BAD_REQUEST, "invalid-feedback", "ticketId and stage are required");
        }
        if (tickets.find(post.ticketId()).isEmpty()) {
            return problem(HttpStatus.NOT_FOUND, "ticket-not-routed", "No routed ticket " + post.ticketId());
        }
        String eventId = UUID.nameUUIDFromBytes(("exchange:" + line + ":" + idempotencyKey)
                .getBytes(StandardCharsets.UTF_8)).toString();
        Optional<TicketTrack> track = tickets.track(post.ticketId());
        Optional<TimelineEntry> seen = track.flatMap(t -> t.timeline().stream()
                .filter(entry -> eventId.equals(entry.eventId())).reduce((first, last) -> last));
        if (seen.isPresent() && seen.get().kind() != TimelineKind.REFUSED) {
            return ResponseEntity.accepted().body(new FeedbackAccepted(eventId, post.ticketId(), post.stage(), true));
        }
        Optional<String> refusal = seen.map(TimelineEntry::reason)
                .or(() -> track.flatMap(t -> FeedbackPolicy.refusal(t.state(), t.line(), line, post.stage())));
        if (refusal.isPresent()) {
            ResponseEntity<ProblemDetail> conflict = problem(HttpStatus.CONFLICT, "feedback-refused",
                    "Ticket " + post.ticketId() + " is " + track.get().state().name().toLowerCase(Locale.ROOT) + " at line "
                            + track.get().line() + "; " + post.stage().wireName() + " from " + line + " is refused");
            conflict.getBody().setProperty("reason", refusal.get());
            return conflict;
        }
        TicketFeedback feedback = new TicketFeedback(line, post.stage(), post.reason(), PhoneMasker.maskText(post.detail()), null);
        publisher.publish(Topics.TICKET_FEEDBACK, Envelope.of(EventType.TICKET_FEEDBACK, SOURCE + line, post.ticketId(),
                feedback, clock.instant()).withId(eventId));
        return ResponseEntity.accepted().body(new FeedbackAccepted(eventId, post.ticketId(), post.stage(), false));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalid(InvalidEventException e) {
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.BAD_REQUEST, "invalid-feedback", e.getMessage());
        if (!e.violations().isEmpty()) {
            response.getBody().setProperty("field", e.violations().get(0).field());
        }
        return response;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notStored(PublishFailedException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "feedback-not-stored", e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> loading(TicketViewUnavailableException e) {
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "ticket-view-loading", e.getMessage());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String detail) {
        return Problems.response(status, type, detail);
    }
}
