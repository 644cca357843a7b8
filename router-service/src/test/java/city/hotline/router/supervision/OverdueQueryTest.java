package city.hotline.router.supervision;

import org.junit.jupiter.api.Test;

import java.time.Clock;

import static city.hotline.router.supervision.KnownDay.DAY;
import static city.hotline.router.supervision.KnownDay.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class OverdueQueryTest {

    private final OverdueQuery query = new OverdueQuery(KnownDayStore.jdbc(), Clock.fixed(KnownDay.NOW, KnownDay.ZONE));

    @Test
    void overdueDeadlinesOfOpenTicketsComeLongestOverdueFirstWithWhoAnswersForThem() {
        OverdueReport report = query.report(new ReportPeriod(DAY, DAY, KnownDay.ZONE));

        assertThat(report.overdue()).containsExactly(
                new OverdueDeadline(KnownDay.T110C, "12345", "accepted", "TI001", "HOUSING",
                        new DeadlineView("accept", "12345", at("2026-11-23T18:00"), "1wd", "overdue")),
                new OverdueDeadline(KnownDay.T110E, "110", "received", null, null,
                        new DeadlineView("accept", "110", at("2026-11-23T20:30"), "30m", "overdue")),
                // still pending in the store: the tracker's timer had not fired, but the time has passed
                new OverdueDeadline(KnownDay.T110C, "12345", "accepted", "TI001", "HOUSING",
                        new DeadlineView("finish", "12345", at("2026-11-24T00:00"), "3d", "pending")));
    }

    @Test
    void aClosedTicketNeedsNoChasingWhateverItMissed() {
        OverdueReport report = query.report(new ReportPeriod(DAY, DAY, KnownDay.ZONE));

        assertThat(report.overdue()).extracting(OverdueDeadline::ticketId).doesNotContain(KnownDay.T110B);
    }

    @Test
    void pendingDeadlinesStillAheadAreNotOverdue() {
        OverdueQuery earlier = new OverdueQuery(KnownDayStore.jdbc(), Clock.fixed(at("2026-11-23T23:00"), KnownDay.ZONE));

        assertThat(earlier.report(new ReportPeriod(DAY, DAY, KnownDay.ZONE)).overdue())
                .extracting(overdue -> overdue.deadline().status()).containsOnly("overdue");
    }

    @Test
    void escalationsAreThoseOfThePeriodNewestFirst() {
        assertThat(query.report(new ReportPeriod(DAY, DAY, KnownDay.ZONE)).escalations())
                .extracting(TicketEventRow::ticketId, TicketEventRow::action)
                .containsExactly(tuple(KnownDay.T114C, "on-site"),
                        tuple(KnownDay.T110C, "supervise"));
        assertThat(query.report(new ReportPeriod(DAY.plusDays(1), DAY.plusDays(1), KnownDay.ZONE)).escalations())
                .extracting(TicketEventRow::ticketId).containsExactly(KnownDay.T110E);
    }
}
