package city.hotline.router.supervision;

import org.junit.jupiter.api.Test;

import java.util.List;

import static city.hotline.router.supervision.KnownDay.DAY;
import static city.hotline.router.supervision.KnownDay.T110A;
import static city.hotline.router.supervision.KnownDay.T110B;
import static city.hotline.router.supervision.KnownDay.T110C;
import static city.hotline.router.supervision.KnownDay.T110D;
import static city.hotline.router.supervision.KnownDay.T110E;
import static city.hotline.router.supervision.KnownDay.T12345A;
import static city.hotline.router.supervision.KnownDay.T12345B;
import static city.hotline.router.supervision.KnownDay.T114A;
import static city.hotline.router.supervision.KnownDay.T114B;
import static city.hotline.router.supervision.KnownDay.T114C;
import static org.assertj.core.api.Assertions.assertThat;

class DecisionSearchTest {

    private static final ReportPeriod KNOWN_DAY = new ReportPeriod(DAY, DAY, KnownDay.ZONE);

    private final DecisionSearch search = new DecisionSearch(KnownDayStore.jdbc());

    @Test
    void withoutFiltersEveryDecisionOfTheDayComesNewestFirstReRoutesIncluded() {
        DecisionPage page = search(DecisionCriteria.of(null, null, null, null, null, null, null, null, 0, 50));

        assertThat(page.total()).isEqualTo(11);
        assertThat(page.items()).extracting(DecisionRow::ticketId).containsExactly(T110E, T114C, T114B, T114A, T110D,
                T110D, T12345B, T12345A, T110C, T110A, T110B);
        assertThat(page.items()).extracting(DecisionRow::source).containsOnlyOnce("/hotline/loop");
    }

    @Test
    void theDayIsTheCitysDayNotUtcs() {
        // T110B was decided at 00:30 in Xiamen, still the 22nd in UTC; T12345D at 23:30 on the 22nd
        assertThat(ids(search(all()))).contains(T110B).doesNotContain(KnownDay.T12345D);
    }

    @Test
    void eachFilterNarrowsToTheDecisionsThatMatchIt() {
        assertThat(ids(criteria("114", null, null, null, null, null, null, null))).containsExactly(T114C, T114B, T114A);
        assertThat(ids(criteria("12345", null, null, null, null, null, null, null))).containsExactly(T110D, T12345A, T110C);
        assertThat(ids(criteria(null, 2, null, null, null, null, null, null))).containsExactly(T110D, T110A, T110B);
        assertThat(ids(criteria(null, null, "TI002", null, null, null, null, null))).containsExactly(T12345A);
        assertThat(ids(criteria(null, null, null, "PUBLIC_SECURITY", null, null, null, null))).containsExactly(T110D, T110B);
        assertThat(ids(criteria(null, null, null, null, "POLICE_MISSING_PERSON", null, null, null))).containsExactly(T12345B);
        assertThat(ids(criteria(null, null, null, null, null, KnownDay.NEWER_RULEBASE, null, null))).containsExactly(T12345B);
        assertThat(ids(criteria(null, null, null, null, null, null, "sms", null))).containsExactly(T114A);
        assertThat(ids(criteria(null, null, null, null, null, null, "wechat", null))).containsExactly(T12345A);
        assertThat(ids(criteria(null, null, null, null, null, null, null, "ktv NOISE"))).containsExactly(T12345A);
    }

    @Test
    void filtersCombine() {
        assertThat(ids(criteria("110", 2, null, "PUBLIC_SECURITY", null, null, "call", null))).containsExactly(T110D, T110B);
    }

    @Test
    void aRuleMatchesOneOfTheFiredRulesExactlyNotAPrefix() {
        assertThat(ids(criteria(null, null, null, null, "TRANSFER_TI101", null, null, null))).containsExactly(T12345B);
        assertThat(ids(criteria(null, null, null, null, "POLICE", null, null, null))).isEmpty();
    }

    @Test
    void textIsSearchedAsStoredMaskedAndLikeWildcardsAreCharacters() {
        assertThat(ids(criteria(null, null, null, null, null, null, null, "138****5678"))).containsExactly(T110C);
        assertThat(ids(criteria(null, null, null, null, null, null, null, "13812345678"))).isEmpty();
        assertThat(ids(criteria(null, null, null, null, null, null, null, "%"))).isEmpty();
    }

    @Test
    void blankFiltersAreNotUsed() {
        assertThat(search(DecisionCriteria.of(" ", null, "", "", "", "", "", " ", 0, 50)).total()).isEqualTo(11);
    }

    @Test
    void aPageHoldsSizeDecisionsAndTheTotalCountsThemAll() {
        DecisionPage second = search(DecisionCriteria.of(null, null, null, null, null, null, null, null, 1, 4));

        assertThat(second.page()).isEqualTo(1);
        assertThat(second.size()).isEqualTo(4);
        assertThat(second.total()).isEqualTo(11);
        assertThat(second.items()).extracting(DecisionRow::ticketId).containsExactly(T110D, T110D, T12345B, T12345A);
    }

    @Test
    void aDecisionCarriesWhyItWasTaken() {
        DecisionRow decision = criteria(null, null, null, null, "POLICE_MISSING_PERSON", null, null, null).items().get(0);

        assertThat(decision.rules()).containsExactly("POLICE_MISSING_PERSON", "TRANSFER_TI101");
        assertThat(decision.matchedFacts()).containsExactly("老人走失");
        assertThat(decision.rulebaseVersion()).isEqualTo(KnownDay.NEWER_RULEBASE);
        assertThat(decision.tookMicros()).isEqualTo(640);
        assertThat(decision.confidence()).isEqualTo(0.97);
        assertThat(decision.dialledLine()).isEqualTo("12345");
        assertThat(decision.line()).isEqualTo("110");
        assertThat(decision.category()).isEqualTo(6);
        assertThat(decision.callerPhone()).isEqualTo("138****3333");
        assertThat(decision.receivedAt()).isEqualTo(KnownDay.at("2026-11-23T12:00"));
        assertThat(decision.decidedAt()).isEqualTo(KnownDay.at("2026-11-23T12:00:01"));
    }

    private DecisionPage search(DecisionCriteria criteria) {
        return search.search(KNOWN_DAY, criteria);
    }

    private DecisionPage criteria(String line, Integer category, String item, String department, String rule,
                                  String rulebaseVersion, String channel, String text) {
        return search(DecisionCriteria.of(line, category, item, department, rule, rulebaseVersion, channel, text, 0, 50));
    }

    private static DecisionCriteria all() {
        return DecisionCriteria.of(null, null, null, null, null, null, null, null, 0, 200);
    }

    private static List<String> ids(DecisionPage page) {
        return page.items().stream().map(DecisionRow::ticketId).toList();
    }
}
