package city.hotline.router.tickets;

import city.hotline.schemas.Envelope;
import city.hotline.schemas.Location;
import city.hotline.schemas.RoutedTicket;
import city.hotline.schemas.RoutingDecision;

import java.time.Instant;

/**
 * What the API shows of a routed ticket. Built from the audit copy on {@code routing.decisions}, so phone
 * numbers are already masked there; null fields are kept so clients see every decision field.
 */
record RoutedTicketView(String ticketId, String channel, String text, String callerPhone, Location location,
                        String dialledLine, String externalId, Instant receivedAt, Instant routedAt,
                        String decisionEventId, RoutingDecision decision) {

    static RoutedTicketView of(Envelope<RoutedTicket> event) {
        var ticket = event.data().ticket();
        return new RoutedTicketView(event.subject(), ticket.channel().wireName(), ticket.text(), ticket.callerPhone(),
                ticket.location(), ticket.dialledLine(), ticket.externalId(), ticket.receivedAt(), event.time(),
                event.id(), event.data().decision());
    }
}
