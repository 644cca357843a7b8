package city.hotline.router.loop;

import city.hotline.schemas.TicketFeedback;

import java.time.Instant;

/** Feedback that arrived before the ticket's routing: kept until the ticket arrives or the wait ends. */
record PendingFeedback(String eventId, Instant at, TicketFeedback feedback) {
}
