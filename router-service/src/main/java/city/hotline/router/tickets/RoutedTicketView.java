package city.hotline.router.tickets;

import city.hotline.schemas.Envelope;
import city.hotline.schemas.Location;
import city.hotline.schemas.RoutedTicket;
import city.hotline.schemas.RoutingDecision;
import city.hotline.schemas.TicketTrack;

import java.time.Instant;

/**
 * What the API shows of a routed ticket. Built from the audit copy on {@code routing.decisions}, so phone
 * numbers are already masked there; null fields are kept so clients see every decision field. The
 * {@code loop} part (state, deadlines, timeline) is null until the loop tracker has seen the ticket; after a
 * re-route the decision shown is the tracker's re-route, and the timeline shows both.
 */
record RoutedTicketView(String ticketId, String channel, String text, String callerPhone, Location location,
                        String dialledLine, String externalId, Instant receivedAt, Instant routedAt,
                        String decisionEventId, RoutingDecision decision, TicketTrack loop) {

    static RoutedTicketView of(Envelope<RoutedTicket> event, TicketTrack loop) {
        var ticket = event.data().ticket();
        return new RoutedTicketView(event.subject(), ticket.channel().wireName(), ticket.text(), ticket.callerPhone(),
                ticket.location(), ticket.dialledLine(), ticket.externalId(), ticket.receivedAt(), event.time(),
                event.id(), event.data().decision(), loop);
    }
}
