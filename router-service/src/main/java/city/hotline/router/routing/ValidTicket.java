package city.hotline.router.routing;

import city.hotline.schemas.Envelope;
import city.hotline.schemas.TicketReceived;

/** An intake event that passed validation, with its original bytes in case it must still be dead-lettered. */
record ValidTicket(Envelope<TicketReceived> event, byte[] original) {
}
