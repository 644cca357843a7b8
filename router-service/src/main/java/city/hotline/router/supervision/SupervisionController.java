package city.hotline.router.supervision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/**
 * {@code GET /api/v1/supervision/...}: the supervisors' and auditors' read API over the audit store (decisions,
 * why-view, overdue, statistics, hotspots). Reads only; phone numbers are masked in every answer.
 */
@RestController
@RequestMapping("/api/v1/supervision")
@ConditionalOnProperty(name = "router.roles.audit", havingValue = "true", matchIfMissing = true)
@Tag(name = "Supervision", description = "Read API over the audit store for supervisors and auditors. Periods are "
        + "ISO dates, both inclusive, in the city's zone (router.loop.zone); a bad parameter is answered with a 400 "
        + "problem (RFC 9457) whose 'parameter' names it.")
class SupervisionController {

    private static final String FROM = "First day of the period (ISO date, e.g. 2026-11-23), in the city's zone. "
            + "Default: today, or `to` when only a past `to` is given.";
    private static final String TO = "Last day of the period, inclusive; at most 366 days after `from`. Default: "
            + "today, or `from` when only a future `from` is given.";

    private final ReportPeriods periods;
    private final DecisionSearch decisions;
    private final TicketTimelineQuery timelines;
    private final OverdueQuery overdue;
    private final StatisticsQuery statistics;
    private final HotspotsQuery hotspots;

    SupervisionController(ReportPeriods periods, DecisionSearch decisions, TicketTimelineQuery timelines,
                          OverdueQuery overdue, StatisticsQuery statistics, HotspotsQuery hotspots) {
        this.periods = periods;
        this.decisions = decisions;
        this.timelines = timelines;
        this.overdue = overdue;
        this.statistics = statistics;
        this.hotspots = hotspots;
    }

    @GetMapping("/decisions")
    @Operation(summary = "Search routing decisions",
            description = "Decisions taken in the period, the router's (source /hotline/router) and re-routes after a "
                    + "rejection (source /hotline/loop), newest first, a page at a time. Every filter is optional and "
                    + "they combine with AND; a blank filter is not used.")
    DecisionPage decisions(
            @Parameter(description = FROM) @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @Parameter(description = TO) @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
            @Parameter(description = "The line decided: 110, 12345 or 114") @RequestParam(required = false) String line,
            @Parameter(description = "The 110 category decided, 1 to 7") @RequestParam(required = false) Integer category,
            @Parameter(description = "The transfer item code, exactly (TI001)") @RequestParam(required = false) String item,
            @Parameter(description = "The receiving department code, exactly (URBAN_MGMT)")
            @RequestParam(required = false) String department,
            @Parameter(description = "A rule that fired: equal to one of the decision's rules")
            @RequestParam(required = false) String rule,
            @Parameter(description = "The rulebase version that decided, exactly")
            @RequestParam(required = false) String rulebaseVersion,
            @Parameter(description = "How the ticket came in: call, sms, wechat, open311 or exchange")
            @RequestParam(required = false) String channel,
            @Parameter(description = "A fragment of the ticket text (phone numbers masked), any case")
            @RequestParam(required = false) String text,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Decisions per page, 1 to 200") @RequestParam(defaultValue = "50") int size) {
        ReportPeriod period = periods.of(from, to);
        return decisions.search(period, DecisionCriteria.of(line, category, item, department, rule, rulebaseVersion,
                channel, text, page, size));
    }

    @GetMapping("/tickets/{ticketId}/timeline")
    @Operation(summary = "Why a ticket went where it went (why-view)",
            description = "The ticket's decisions oldest first (the router's, then any re-route), each with the rules "
                    + "fired, the facts matched, the rulebase version and the rules' time in microseconds; its feedback "
                    + "and escalations oldest first; and the loop tracker's latest state with every deadline as stored "
                    + "(null before the tracker reported the ticket). 404 when the store holds no decision for it.")
    TicketTimeline timeline(@Parameter(description = "The ticket id") @PathVariable String ticketId) {
        return timelines.timeline(ticketId).orElseThrow(() -> new NoDecisionException(ticketId));
    }

    @GetMapping("/overdue")
    @Operation(summary = "Missed deadlines and escalations (督办)",
            description = "overdue: every deadline of a ticket not closed whose status is overdue, or still pending "
                    + "past its dueAt (the tracker's timer may not have fired yet), longest overdue first, whatever the "
                    + "period; item and department are those of the ticket's latest decision to the deadline's line. "
                    + "escalations: ticket events of kind escalation in the period, newest first.")
    OverdueReport overdue(
            @Parameter(description = FROM) @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @Parameter(description = TO) @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        return overdue.report(periods.of(from, to));
    }

    @GetMapping("/stats")
    @Operation(summary = "Statistics by day or week",
            description = """
                    Buckets of a day, or of a week starting on Monday (the first may start before `from`; only days \
                    of the period count), empty ones included. A ticket's first decision is the router's (source \
                    /hotline/router), counted on its local day.
                    - callsPerLine: tickets by the line of their first decision, for 110, 12345 and 114 (0 when none).
                    - transfers: tickets whose first decision sent them to the other of 110 and 12345 than the line \
                    dialled, counted dialled→decided; plus re-routes (decisions of source /hotline/loop) between 110 \
                    and 12345, counted from the line of the decision before them to theirs, on the re-route's day.
                    - validPoliceAlerts (有效警情): tickets whose latest decision is 110 and whose loop state is \
                    accepted, handled or closed: a 110 matter that 110 took on; on the day of the first decision.
                    - moveCar: tickets first decided to 114; notified: those with a feedback event of stage notified \
                    (at any time); notifiedShare = notified / tickets, 0 when there are none.
                    - onTime (the whole period, not by bucket): over tickets first decided in the period, the \
                    deadlines of their loop state with status met or overdue (pending and cancelled ones are not \
                    counted), grouped by the item and by the department of the ticket's latest decision to the \
                    deadline's line (without a re-route: the router's decision); deadlines whose decision has no \
                    item (or department) are left out of that grouping. rate = met / (met + overdue).""")
    StatisticsReport statistics(
            @Parameter(description = FROM) @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @Parameter(description = TO) @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
            @Parameter(description = "day, or week (from Monday)") @RequestParam(defaultValue = "day") String granularity) {
        return statistics.report(periods.of(from, to), Granularity.fromWireName("granularity", granularity));
    }

    @GetMapping("/hotspots")
    @Operation(summary = "Where matters come from",
            description = "Tickets first decided in the period (the router's decision, which names category and item), "
                    + "grouped by place, line, category and item, most first, top " + HotspotsQuery.TOP + ". place is "
                    + "the district: the address up to and including the first 区 or 县, after an optional city "
                    + "(厦门市思明区湖滨南路 → 思明区); else the address's first 8 characters. Tickets without an "
                    + "address are left out.")
    HotspotReport hotspots(
            @Parameter(description = FROM) @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @Parameter(description = TO) @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
            @Parameter(description = "Only tickets first decided to this line: 110, 12345 or 114")
            @RequestParam(required = false) String line) {
        return hotspots.hotspots(periods.of(from, to), Parameters.line("line", line));
    }
}
