package city.hotline.router.whatif;

import city.hotline.router.RouterOnEmbeddedKafka;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Supervisors try a catalogue or DRL change on the recent intake: it is checked as a release would be, decides the
 * tickets again on the side, and the run tells which tickets it would route otherwise. Nothing here goes live.
 */
@RouterOnEmbeddedKafka
class WhatIfTest extends WhatIfTestSupport {

    @Test
    void theLiveCatalogueTriedAgainChangesNothingItDecided() {
        List<String> mine = List.of(submitDecided("对面工地半夜施工，电锯声吵得睡不着"), submitDecided("路灯坏了好几天了"),
                submitDecided("小区门口有人打架"));
        String live = liveVersion();

        JsonNode run = whatIfCatalogue(liveCatalogue());

        assertThat(run.get("candidateVersion").asString()).isEqualTo(live);
        assertThat(run.get("liveVersion").asString()).isEqualTo(live);
        assertThat(run.get("replayed").asInt()).isGreaterThanOrEqualTo(mine.size());
        assertThat(examplesOf(run, mine)).isEmpty();
        // Classification is deterministic: only tickets another rulebase decided (another test's release) may differ.
        assertThat(run.get("changed").get("any").asInt()).isLessThanOrEqualTo(ticketsDecidedByAnotherVersionThan(live));
        assertThat(run.get("approvedBy").isNull()).isTrue();
    }

    @Test
    void aChangedCatalogueShowsTheTicketsItWouldRouteOtherwiseWithoutServingIt() {
        String ti001 = submitDecided("对面工地半夜施工，电锯声吵得睡不着");
        String alsoTi001 = submitDecided("工地半夜打桩，咚咚的响了一整晚");
        String streetLight = submitDecided("路灯坏了好几天了");
        String live = liveVersion();
        assertThat(liveCatalogue()).contains(NIGHT_WORK_TO_URBAN);

        HttpResponse<String> response = whatIf("days=1&kind=catalogue", "text/csv",
                liveCatalogue().replace(NIGHT_WORK_TO_URBAN, NIGHT_WORK_TO_HOUSING), Account.SUPERVISOR);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode run = json(response);
        assertThat(response.headers().firstValue("Location")).hasValue(
                "http://localhost:" + port + "/api/v1/supervision/whatif/" + run.get("id").asLong());
        assertThat(run.get("createdBy").asString()).isEqualTo("supervisor");
        assertThat(run.get("kind").asString()).isEqualTo("catalogue");
        assertThat(run.get("name").asString()).isEqualTo("transfer-items.csv");
        assertThat(run.get("days").asInt()).isEqualTo(1);
        assertThat(run.get("candidateVersion").asString()).startsWith("rb-").isNotEqualTo(live);
        assertThat(run.get("changed").get("department").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(run.get("changed").get("line").asInt()).isZero();
        List<JsonNode> mine = examplesOf(run, List.of(ti001, alsoTi001, streetLight));
        assertThat(mine).extracting(example -> example.get("ticketId").asString())
                .containsExactlyInAnyOrder(ti001, alsoTi001);
        assertThat(mine).allSatisfy(example -> {
            assertThat(example.get("text").asString()).contains("工地半夜").hasSizeLessThanOrEqualTo(200);
            assertThat(example.get("live").toString())
                    .isEqualTo("{\"line\":\"12345\",\"category\":null,\"item\":\"TI001\",\"department\":\"URBAN_MGMT\"}");
            assertThat(example.get("candidate").toString())
                    .isEqualTo("{\"line\":\"12345\",\"category\":null,\"item\":\"TI001\",\"department\":\"HOUSING\"}");
        });
        assertThat(liveVersion()).isEqualTo(live);
        assertThat(get("/api/v1/supervision/whatif/" + run.get("id").asLong()).body()).isEqualTo(response.body());
    }

    @Test
    void aCandidateThatWouldNotPassAReleaseIsRefusedWithEveryProblem() {
        String live = liveVersion();
        String broken = liveCatalogue().replace(NIGHT_WORK_TO_URBAN, NIGHT_WORK_TO_URBAN.replace("URBAN_MGMT", "NO_SUCH_DEPT"));

        HttpResponse<String> catalogue = whatIf("days=1&kind=catalogue", "text/csv", broken, Account.SUPERVISOR);
        HttpResponse<String> drl = whatIf("days=1&kind=drl&name=hotline.drl", "text/plain",
                "package city.hotline.rules;\nrule \"broken\" when NoSuchFact() then end\n", Account.SUPERVISOR);
        HttpResponse<String> notInTheRulebase = whatIf("days=1&kind=drl&name=no-such.drl", "text/plain",
                "package city.hotline.rules;\n", Account.SUPERVISOR);

        assertThat(catalogue.statusCode()).isEqualTo(422);
        assertThat(catalogue.body()).contains("unknown department");
        assertThat(drl.statusCode()).isEqualTo(422);
        assertThat(drl.body()).contains("does not compile", "NoSuchFact");
        assertThat(notInTheRulebase.statusCode()).isEqualTo(422);
        assertThat(notInTheRulebase.body()).contains("not a rulebase resource: no-such.drl");
        assertThat(liveVersion()).isEqualTo(live);
    }

    @Test
    void aRequestThatNamesNoCandidateIsABadRequest() {
        assertThat(whatIf("days=0&kind=catalogue", "text/csv", liveCatalogue(), Account.SUPERVISOR).statusCode()).isEqualTo(400);
        assertThat(whatIf("days=1&kind=lexicon", "text/plain", "x", Account.SUPERVISOR).statusCode()).isEqualTo(400);
        assertThat(whatIf("days=1&kind=drl", "text/plain", "x", Account.SUPERVISOR).statusCode()).isEqualTo(400);
        assertThat(whatIf("days=1&kind=drl&name=lexicon.csv", "text/plain", "x", Account.SUPERVISOR).statusCode())
                .isEqualTo(400);
    }

    @Test
    void runsAreListedNewestFirstWithoutExamplesAndAnUnknownRunIsNotFound() {
        long first = whatIfCatalogue(liveCatalogue()).get("id").asLong();
        long second = whatIfCatalogue(liveCatalogue()).get("id").asLong();

        JsonNode list = json(get("/api/v1/supervision/whatif"));

        assertThat(list.get(0).get("id").asLong()).isEqualTo(second);
        assertThat(list.get(1).get("id").asLong()).isEqualTo(first);
        assertThat(list.get(0).has("examples")).isFalse();
        assertThat(list.get(0).has("approvedBy")).isTrue();
        assertThat(get("/api/v1/supervision/whatif/999999").statusCode()).isEqualTo(404);
        assertThat(post("/api/v1/supervision/whatif/999999/approve", "text/plain", "", Account.SUPERVISOR).statusCode())
                .isEqualTo(404);
    }

    @Test
    void anAuditorReadsRunsAndVersionsButMayNotTryOrApprove() {
        long id = whatIfCatalogue(liveCatalogue()).get("id").asLong();

        assertThat(get("/api/v1/supervision/whatif", Account.AUDITOR).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/supervision/whatif/" + id, Account.AUDITOR).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/supervision/rulebase/versions", Account.AUDITOR).statusCode()).isEqualTo(200);
        assertThat(whatIf("days=1&kind=catalogue", "text/csv", liveCatalogue(), Account.AUDITOR).statusCode()).isEqualTo(403);
        assertThat(post("/api/v1/supervision/whatif/" + id + "/approve", "text/plain", "", Account.AUDITOR).statusCode())
                .isEqualTo(403);
        assertThat(get("/api/v1/supervision/whatif", Account.AGENT).statusCode()).isEqualTo(403);
    }

    private int ticketsDecidedByAnotherVersionThan(String version) {
        return jdbc.sql("""
                        SELECT count(*) FROM (
                            SELECT DISTINCT ON (ticket_id) rulebase_version FROM decision
                            WHERE source = '/hotline/router' ORDER BY ticket_id, decided_at) first
                        WHERE rulebase_version <> ?""")
                .param(version).query(Integer.class).single();
    }
}
