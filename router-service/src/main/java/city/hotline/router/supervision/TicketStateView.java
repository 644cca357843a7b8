package city.hotline.router.supervision;

import java.time.Instant;
import java.util.List;

/**
 * The loop tracker's latest view of a ticket.
 *
 * @param state         {@code routed}, {@code received}, {@code accepted}, {@code handled}, {@code closed} or
 *                      {@code disputed}
 * @param line          the line responsible now
 * @param firstReceiver the line that first received the matter (首接)
 * @param hops          how many lines the ticket has been routed to (1 before any re-route)
 * @param deadlines     every timer so far, in the tracker's order
 */
record TicketStateView(String state, String line, String firstReceiver, int hops, Instant updatedAt,
                       List<DeadlineView> deadlines) {
}
