package city.hotline.schemas;

import java.time.Instant;
import java.util.List;

/**
 * The data of {@code city.hotline.ticket.tracked}: the loop tracker's view of one ticket, republished after
 * every change on a compacted topic, so any instance can show a ticket's state and timeline.
 *
 * @param line          the line responsible now
 * @param firstReceiver the line that first received the matter (首接): the dialled line, else the routed one
 * @param hops          how many lines the ticket has been routed to (1 before any re-route)
 * @param deadlines     every timer of the loop so far, met, running, overdue or cancelled
 * @param timeline      what happened, oldest first
 */
public record TicketTrack(TicketState state, String line, String firstReceiver, int hops, List<Deadline> deadlines,
                          List<TimelineEntry> timeline, Instant updatedAt) {

    public TicketTrack {
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
    }
}
