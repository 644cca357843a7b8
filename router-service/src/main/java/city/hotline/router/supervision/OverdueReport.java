package city.hotline.router.supervision;

import java.util.List;

/**
 * What needs chasing (督办): missed deadlines of open tickets, longest overdue first, and the escalations of the
 * period, newest first.
 */
record OverdueReport(List<OverdueDeadline> overdue, List<TicketEventRow> escalations) {
}
