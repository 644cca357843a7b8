package city.hotline.router.supervision;

import java.util.List;

/**
 * Why a ticket went where it went, and what happened to it since: its decisions oldest first (the router's, then
 * any re-route), each with the rules fired, the facts matched, the rulebase version and the time taken; its
 * feedback and escalations oldest first; and its loop state, null when the tracker has not reported it.
 */
record TicketTimeline(String ticketId, TicketStateView state, List<DecisionRow> decisions, List<TicketEventRow> events) {
}
