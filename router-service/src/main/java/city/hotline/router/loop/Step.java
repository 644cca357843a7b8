package city.hotline.router.loop;

import java.util.List;

/**
 * The result of one input to the tracker: the ticket's new state (null: forget the ticket) and what to publish.
 * Publishing and storing happen in the same Kafka transaction.
 */
record Step(TrackedTicket ticket, List<Outbound> outputs) {

    Step {
        outputs = List.copyOf(outputs);
    }

    static Step unchanged(TrackedTicket ticket) {
        return new Step(ticket, List.of());
    }
}
