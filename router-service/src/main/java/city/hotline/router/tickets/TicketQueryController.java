package city.hotline.router.tickets;

import city.hotline.router.security.Roles;
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

import java.util.Set;

/**
 * {@code GET /api/v1/tickets/{ticketId}}: the routed ticket with its decision, its loop state and its timeline
 * (routed, transfers, feedback, escalations, with times); 404 until it is routed.
 */
@RestController
@RequestMapping("/api/v1/tickets")
@ConditionalOnProperty(name = "router.roles.ticket-view", havingValue = "true", matchIfMissing = true)
class TicketQueryController {

    private static final Set<String> READ_ALL = Set.of("ROLE_" + Roles.SUPERVISOR, "ROLE_" + Roles.AUDITOR);

    private final TicketView view;

    TicketQueryController(TicketView view) {
        this.view = view;
    }

    @GetMapping("/{ticketId}")
    ResponseEntity<?> find(@PathVariable String ticketId, Authentication account) {
        return view.find(ticketId)
                .<ResponseEntity<?>>map(event -> mayRead(account, event.data().ticket().takenBy())
                        ? ResponseEntity.ok(RoutedTicketView.of(event, view.track(ticketId).orElse(null)))
                        : notYours(ticketId))
                .orElseGet(() -> {
                    ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, "ticket-not-routed",
                            "No routed ticket " + ticketId + " (unknown, or not routed yet)");
                    problem.setTitle("Ticket not routed");
                    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
                });
    }

    /** Supervisors and auditors read every ticket; an agent reads the tickets it took. */
    private static boolean mayRead(Authentication account, String takenBy) {
        return account.getAuthorities().stream().anyMatch(a -> READ_ALL.contains(a.getAuthority()))
                || account.getName().equals(takenBy);
    }

    private static ResponseEntity<ProblemDetail> notYours(String ticketId) {
        return Problems.response(HttpStatus.FORBIDDEN, "not-your-ticket", "Ticket " + ticketId + " was taken by another agent");
    }

    @ExceptionHandler
    ProblemDetail loading(TicketViewUnavailableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setTitle("Ticket view loading");
        return problem;
    }
}
