package city.hotline.router.tickets;

import city.hotline.router.security.Roles;
import city.hotline.router.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;

import java.util.Set;

/**
 * Whose ticket an account may read or act on. Supervisors and auditors read every ticket, an agent the
 * tickets it took. Acting on a ticket (confirming a car moved) follows reading, with one addition: a ticket
 * an adapter brought in (an SMS, an IVR call; no agent took it) is any agent's to act on on the caller's
 * word, but a ticket another agent took is not.
 */
public final class TicketAccess {

    private static final Set<String> EVERY_TICKET = Set.of("ROLE_" + Roles.SUPERVISOR, "ROLE_" + Roles.AUDITOR);

    private TicketAccess() {
    }

    /** @param takenBy the account that submitted the ticket, or null for one an adapter brought in */
    public static boolean mayRead(Authentication account, String takenBy) {
        return account.getAuthorities().stream().anyMatch(a -> EVERY_TICKET.contains(a.getAuthority()))
                || account.getName().equals(takenBy);
    }

    /** @param takenBy the account that submitted the ticket, or null for one an adapter brought in */
    public static boolean mayActOn(Authentication account, String takenBy) {
        return takenBy == null || mayRead(account, takenBy);
    }

    public static ResponseEntity<ProblemDetail> notYours(String ticketId) {
        return Problems.response(HttpStatus.FORBIDDEN, "not-your-ticket", "Ticket " + ticketId + " was taken by another agent");
    }
}
