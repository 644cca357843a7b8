package city.hotline.router.loop;

import city.hotline.schemas.Envelope;
import city.hotline.schemas.Escalation;
import city.hotline.schemas.RoutedTicket;
import city.hotline.schemas.TicketFeedback;

/** A decoded input of the tracker, from one of its three source topics. */
sealed interface LoopInput {

    Envelope<?> event();

    record Routed(Envelope<RoutedTicket> event) implements LoopInput {
    }

    record Feedback(Envelope<TicketFeedback> event) implements LoopInput {
    }

    record Escalated(Envelope<Escalation> event) implements LoopInput {
    }
}
