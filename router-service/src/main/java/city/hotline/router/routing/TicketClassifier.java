package city.hotline.router.routing;

import city.hotline.schemas.RoutingDecision;
import city.hotline.schemas.TicketReceived;

/** Decides where one ticket goes. The router's only view of the rulebase, so tests can inject faults. */
@FunctionalInterface
public interface TicketClassifier {

    RoutingDecision classify(TicketReceived ticket);
}
