package city.hotline.router.loop;

import city.hotline.schemas.Deadline;
import city.hotline.schemas.DeadlineKind;
import city.hotline.schemas.DeadlineStatus;
import city.hotline.schemas.RoutingDecision;
import city.hotline.schemas.TicketReceived;
import city.hotline.schemas.TicketState;
import city.hotline.schemas.TicketTrack;
import city.hotline.schemas.TimelineEntry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The loop tracker's state of one ticket, in its state store. It keeps the ticket with the caller's number
 * (a re-route hands the whole ticket to the other line), so the store's changelog is as restricted as the
 * {@code route.*} topics; what is published ({@link #toTrack}) carries no ticket content.
 *
 * @param ticket          the routed ticket; null while only early feedback is known
 * @param decision        the decision the ticket is routed by now (the router's, or the tracker's re-route)
 * @param appliedEventIds ids of the events already applied, newest last, so a repeated event is applied once
 * @param pending         feedback that arrived before the ticket was routed
 */
record TrackedTicket(String ticketId, TicketReceived ticket, RoutingDecision decision, TicketState state, String line,
                     String firstReceiver, int hops, List<Deadline> deadlines, List<TimelineEntry> timeline,
                     List<String> appliedEventIds, List<PendingFeedback> pending) {

    /** Event ids remembered per ticket; a ticket sees a few dozen events in its life. */
    private static final int APPLIED_IDS_KEPT = 100;

    TrackedTicket {
        deadlines = List.copyOf(deadlines);
        timeline = List.copyOf(timeline);
        appliedEventIds = List.copyOf(appliedEventIds);
        pending = List.copyOf(pending);
    }

    static TrackedTicket awaitingRouting(String ticketId) {
        return new TrackedTicket(ticketId, null, null, null, null, null, 0, List.of(), List.of(), List.of(), List.of());
    }

    boolean isRouted() {
        return ticket != null;
    }

    boolean hasApplied(String eventId) {
        return appliedEventIds.contains(eventId);
    }

    TrackedTicket at(TicketState newState, String newLine, int newHops, RoutingDecision newDecision) {
        return new TrackedTicket(ticketId, ticket, newDecision, newState, newLine, firstReceiver, newHops, deadlines,
                timeline, appliedEventIds, pending);
    }

    TrackedTicket withDeadlines(UnaryOperator<List<Deadline>> change) {
        return new TrackedTicket(ticketId, ticket, decision, state, line, firstReceiver, hops,
                change.apply(deadlines), timeline, appliedEventIds, pending);
    }

    /** Marks every running deadline of the kinds given with the status given. */
    TrackedTicket settle(DeadlineStatus status, List<DeadlineKind> kinds) {
        return withDeadlines(all -> all.stream()
                .map(d -> d.status() == DeadlineStatus.PENDING && kinds.contains(d.kind()) ? d.withStatus(status) : d)
                .toList());
    }

    TrackedTicket record(List<TimelineEntry> entries, int limit) {
        List<TimelineEntry> longer = new ArrayList<>(timeline);
        longer.addAll(entries);
        List<TimelineEntry> kept = longer.subList(Math.max(0, longer.size() - limit), longer.size());
        return new TrackedTicket(ticketId, ticket, decision, state, line, firstReceiver, hops, deadlines, kept,
                appliedEventIds, pending);
    }

    TrackedTicket applied(String eventId) {
        List<String> ids = new ArrayList<>(appliedEventIds);
        ids.add(eventId);
        List<String> kept = ids.subList(Math.max(0, ids.size() - APPLIED_IDS_KEPT), ids.size());
        return new TrackedTicket(ticketId, ticket, decision, state, line, firstReceiver, hops, deadlines, timeline,
                kept, pending);
    }

    TrackedTicket withPending(List<PendingFeedback> newPending) {
        return new TrackedTicket(ticketId, ticket, decision, state, line, firstReceiver, hops, deadlines, timeline,
                appliedEventIds, newPending);
    }

    TicketTrack toTrack(Instant updatedAt) {
        return new TicketTrack(state, line, firstReceiver, hops, deadlines, timeline, updatedAt);
    }
}
