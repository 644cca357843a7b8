package city.hotline.router.tickets;

import city.hotline.router.web.Problems;
import city.hotline.schemas.Envelope;
import city.hotline.schemas.RoutedTicket;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/tickets/{ticketId}}: the routed ticket with its decision, its loop state and its timeline
 * (routed, transfers, feedback, escalations, with times); 404 until it is routed.
 */
@RestController
@RequestMapping("/api/v1/tickets")
@ConditionalOnProperty(name = "router.roles.ticket-view", havingValue = "true", matchIfMissing = true)
class TicketQueryController {

    private final TicketView view;

    TicketQueryController(TicketView view) {
        this.view = view;
    }

    @GetMapping("/{ticketId}")
    ResponseEntity<?> find(@PathVariable String ticketId, Authentication account) {
        return view.find(ticketId)
                .<ResponseEntity<?>>map(event -> TicketAccess.mayRead(account, event.data().ticket().takenBy())
                        ? ResponseEntity.ok(RoutedTicketView.of(event, view.track(ticketId).orElse(null)))
                        : TicketAccess.notYours(ticketId))
                .orElseGet(() -> {
                    ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, "ticket-not-routed",
                            "No routed ticket " + ticketId + " (unknown, or not routed yet)");
                    problem.setTitle("Ticket not routed");
                    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
                });
    }

    @ExceptionHandler
    ProblemDetail loading(TicketViewUnavailableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Ticket view loading");
        return problem;
    }
}
