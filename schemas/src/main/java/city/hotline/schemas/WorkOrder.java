package city.hotline.schemas;

import java.util.List;

/**
 * The data of {@code city.hotline.exchange.work-order}: a ticket handed to a partner platform (the police CAD
 * for 110, the 12345 work-order system), with the deadlines it must meet.
 *
 * @param hop           1 for the first hand-over, 2 after a re-route
 * @param firstReceiver the line that first received the matter (首接)
 * @param handoverNote  why the ticket comes to this line, e.g. the other line's rejection; or null
 */
public record WorkOrder(TicketReceived ticket, RoutingDecision decision, int hop, String firstReceiver,
                        List<Deadline> deadlines, String handoverNote) {

    public WorkOrder {
        deadlines = deadlines == null ? List.of() : List.copyOf(deadlines);
    }
}
