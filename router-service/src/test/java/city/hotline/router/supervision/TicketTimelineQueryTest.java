package city.hotline.router.supervision;

import org.junit.jupiter.api.Test;

import static city.hotline.router.supervision.KnownDay.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TicketTimelineQueryTest {

    private final TicketTimelineQuery query = new TicketTimelineQuery(KnownDayStore.jdbc());

    @Test
    void aReRoutedTicketShowsTheRoutersDecisionThenTheReRouteEachWithWhy() {
        TicketTimeline timeline = query.timeline(KnownDay.T110D).orElseThrow();

        assertThat(timeline.ticketId()).isEqualTo(KnownDay.T110D);
        assertThat(timeline.decisions()).extracting(DecisionRow::source, DecisionRow::line)
                .containsExactly(tuple("/hotline/router", "110"),
                        tuple("/hotline/loop", "12345"));
        DecisionRow routers = timeline.decisions().get(0);
        assertThat(routers.rules()).containsExactly("POLICE_PUBLIC_ORDER");
        assertThat(routers.matchedFacts()).containsExactly("物业", "收费");
        assertThat(routers.rulebaseVersion()).isEqualTo(KnownDay.RULEBASE);
        assertThat(routers.tookMicros()).isEqualTo(900);
        DecisionRow reRoute = timeline.decisions().get(1);
        assertThat(reRoute.rules()).containsExactly("REROUTE_ON_REJECTION");
        assertThat(reRoute.matchedFacts()).containsExactly("110 退回: 不属于警情");
    }

    @Test
    void eventsComeOldestFirst() {
        TicketTimeline timeline = query.timeline(KnownDay.T110D).orElseThrow();

        assertThat(timeline.events()).extracting(TicketEventRow::kind, TicketEventRow::line, TicketEventRow::stage,
                        TicketEventRow::reason, TicketEventRow::at)
                .containsExactly(
                        tuple("feedback", "110", "rejected", "NOT_OURS", at("2026-11-23T14:00")),
                        tuple("feedback", "12345", "accepted", null, at("2026-11-23T15:00")));
    }

    @Test
    void theStateCarriesEveryDeadlineInTheTrackersOrder() {
        TicketStateView state = query.timeline(KnownDay.T110D).orElseThrow().state();

        assertThat(state.state()).isEqualTo("accepted");
        assertThat(state.line()).isEqualTo("12345");
        assertThat(state.firstReceiver()).isEqualTo("110");
        assertThat(state.hops()).isEqualTo(2);
        assertThat(state.updatedAt()).isEqualTo(at("2026-11-23T23:00"));
        assertThat(state.deadlines()).containsExactly(
                new DeadlineView("receive", "110", at("2026-11-23T13:15"), "15m", "met"),
                new DeadlineView("accept", "110", at("2026-11-23T13:30"), "30m", "cancelled"),
                new DeadlineView("accept", "12345", at("2026-11-24T00:00"), "1wd", "met"));
    }

    @Test
    void anEscalationShowsWhichDeadlineWasMissed() {
        TicketTimeline timeline = query.timeline(KnownDay.T110C).orElseThrow();

        assertThat(timeline.events()).singleElement().satisfies(escalation -> {
            assertThat(escalation.kind()).isEqualTo("escalation");
            assertThat(escalation.action()).isEqualTo("supervise");
            assertThat(escalation.department()).isEqualTo("HOUSING");
            assertThat(escalation.overdueStage()).isEqualTo("accept");
            assertThat(escalation.dueAt()).isEqualTo(at("2026-11-23T18:00"));
        });
    }

    @Test
    void aTicketTheTrackerNeverReportedHasNoState() {
        TicketTimeline timeline = query.timeline(KnownDay.T114B).orElseThrow();

        assertThat(timeline.state()).isNull();
        assertThat(timeline.decisions()).hasSize(1);
        assertThat(timeline.events()).extracting(TicketEventRow::stage).containsExactly("notified");
    }

    @Test
    void aTicketWithoutDecisionHasNoTimeline() {
        assertThat(query.timeline("NO-SUCH-TICKET")).isEmpty();
    }
}
