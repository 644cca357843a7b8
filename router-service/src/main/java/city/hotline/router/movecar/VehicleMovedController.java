package city.hotline.router.movecar;

import city.hotline.router.kafka.EventPublisher;
import city.hotline.router.kafka.PublishFailedException;
import city.hotline.router.kafka.Topics;
import city.hotline.router.tickets.TicketAccess;
import city.hotline.router.tickets.TicketView;
import city.hotline.router.tickets.TicketViewUnavailableException;
import city.hotline.router.web.Problems;
import city.hotline.schemas.Envelope;
import city.hotline.schemas.EventType;
import city.hotline.schemas.MoveCarUpdate;
import city.hotline.schemas.RoutedTicket;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/**
 * {@code POST /api/v1/tickets/{ticketId}/moved}: the caller (or an operator on the caller's word) confirms the
 * vehicle has moved; the move-car service then closes the ticket. Body optional:
 * {@code {"confirmedBy":"caller"}} or {@code "operator"} (the default). 202 once the confirmation is stored;
 * 404 for a ticket not routed; 409 for a ticket that is not a 114 move-car ticket.
 */
@RestController
@RequestMapping("/api/v1/tickets")
@ConditionalOnProperty(name = "router.roles.ticket-view", havingValue = "true", matchIfMissing = true)
class VehicleMovedController {

    record MovedConfirmation(String confirmedBy) {
    }

    record MovedAccepted(String ticketId, String confirmedBy) {
    }

    static final String SOURCE = "/hotline/api";
    private static final Set<String> CONFIRMERS = Set.of("caller", "operator");

    private final TicketView tickets;
    private final EventPublisher publisher;
    private final Clock clock;

    VehicleMovedController(TicketView tickets, EventPublisher publisher, Clock clock) {
        this.tickets = tickets;
        this.publisher = publisher;
        this.clock = clock;
    }

    @PostMapping("/{ticketId}/moved")
    ResponseEntity<?> moved(@PathVariable String ticketId, @RequestBody(required = false) MovedConfirmation body,
                            Authentication account) {
        String confirmedBy = body == null || body.confirmedBy() == null ? "operator" : body.confirmedBy();
        if (!CONFIRMERS.contains(confirmedBy)) {
            return problem(HttpStatus.BAD_REQUEST, "invalid-confirmation", "confirmedBy must be caller or operator");
        }
        Optional<Envelope<RoutedTicket>> routed = tickets.find(ticketId);
        if (routed.isEmpty()) {
            return problem(HttpStatus.NOT_FOUND, "ticket-not-routed", "No routed ticket " + ticketId);
        }
        if (!TicketAccess.mayActOn(account, routed.get().data().ticket().takenBy())) {
            return TicketAccess.notYours(ticketId);
        }
        if (!MoveCarEvents.LINE.equals(routed.get().data().decision().line())) {
            return problem(HttpStatus.CONFLICT, "not-move-car",
                    "Ticket " + ticketId + " is on line " + routed.get().data().decision().line() + ", not 114");
        }
        try {
            publisher.publish(Topics.MOVECAR_UPDATES, Envelope.of(EventType.MOVECAR_UPDATED, SOURCE, ticketId,
                    MoveCarUpdate.moved(confirmedBy), clock.instant()));
        } catch (PublishFailedException e) {
            return problem(HttpStatus.SERVICE_UNAVAILABLE, "confirmation-not-stored", e.getMessage());
        }
        return ResponseEntity.accepted().body(new MovedAccepted(ticketId, confirmedBy));
    }

    @ExceptionHandler
    ProblemDetail loading(TicketViewUnavailableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Ticket view loading");
        return problem;
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String type, String detail) {
        return Problems.response(status, type, detail);
    }
}
