package city.hotline.schemas;

/**
 * A ticket together with its decision. Both the decision event and the routed event carry
 * the whole ticket, so that a consumer of one topic never needs to join another.
 */
public record RoutedTicket(TicketReceived ticket, RoutingDecision decision) {
}
