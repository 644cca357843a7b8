package city.hotline.router.whatif;

import city.hotline.router.RouterOnEmbeddedKafka;
import city.hotline.rules.catalogue.CatalogueSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An approved what-if goes live through the release path every instance reloads from, once, and the history of
 * versions says who approved it and when. Each test puts the shipped rulebase back, as the context is shared.
 */
@RouterOnEmbeddedKafka
class WhatIfApprovalTest extends WhatIfTestSupport {

    private static final String SHIPPED_CATALOGUE = CatalogueSource.classpath().orElseThrow().content();

    @AfterEach
    void serveTheShippedRulebaseAgain() throws IOException {
        for (Map.Entry<String, String> drl : releases.served().drlFiles().entrySet()) {
            JsonNode run = json(whatIf("days=1&kind=drl&name=" + drl.getKey(), "text/plain", shippedDrl(drl.getKey()),
                    Account.SUPERVISOR));
            assertThat(approve(run.get("id").asLong()).statusCode()).isEqualTo(202);
            awaitLiveVersion(run.get("candidateVersion").asString());
        }
        HttpResponse<String> response = post("/api/v1/admin/rulebase/catalogue", "text/csv", SHIPPED_CATALOGUE,
                Account.SUPERVISOR);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        awaitLiveVersion(json(response).get("candidateVersion").asString());
        assertThat(releases.served().drlFiles()).isEmpty();
    }

    @Test
    void anApprovedCatalogueGoesLiveOnceAndTheHistorySaysWhoApprovedIt() {
        JsonNode run = whatIfCatalogue(liveCatalogue().replace(NIGHT_WORK_TO_URBAN, NIGHT_WORK_TO_HOUSING));
        long id = run.get("id").asLong();
        String candidate = run.get("candidateVersion").asString();

        HttpResponse<String> approved = approve(id);

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(202);
        assertThat(json(approved).get("version").asString()).isEqualTo(candidate);
        assertThat(json(approved).get("approvedBy").asString()).isEqualTo("supervisor");
        awaitLiveVersion(candidate);
        JsonNode latest = json(get("/api/v1/supervision/rulebase/versions")).get(0);
        assertThat(latest.get("version").asString()).isEqualTo(candidate);
        assertThat(latest.get("kind").asString()).isEqualTo("catalogue");
        assertThat(latest.get("submittedBy").asString()).isEqualTo("supervisor");
        assertThat(latest.get("approvedBy").asString()).isEqualTo("supervisor");
        assertThat(latest.get("approvedAt").asString()).isEqualTo(json(approved).get("approvedAt").asString());
        assertThat(latest.get("whatifRunId").asLong()).isEqualTo(id);
        assertThat(latest.get("live").asBoolean()).isTrue();
        assertThat(json(get("/api/v1/supervision/whatif/" + id)).get("approvedBy").asString()).isEqualTo("supervisor");

        HttpResponse<String> again = approve(id);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(again.body()).contains("was approved by supervisor");
    }

    @Test
    void anApprovedDrlFileGoesLiveThroughTheReleaseTopic() throws IOException {
        String edited = shippedDrl("precedence.drl") + "\n// reviewed by the what-if tests\n";
        HttpResponse<String> response = whatIf("days=1&kind=drl&name=precedence.drl", "text/plain", edited,
                Account.SUPERVISOR);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode run = json(response);
        assertThat(run.get("kind").asString()).isEqualTo("drl");
        assertThat(run.get("name").asString()).isEqualTo("precedence.drl");
        assertThat(run.get("candidateVersion").asString()).isNotEqualTo(liveVersion());

        HttpResponse<String> approved = approve(run.get("id").asLong());

        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(202);
        awaitLiveVersion(run.get("candidateVersion").asString());
        assertThat(releases.served().drlFiles()).containsOnly(Map.entry("precedence.drl", edited));
        JsonNode latest = json(get("/api/v1/supervision/rulebase/versions")).get(0);
        assertThat(latest.get("kind").asString()).isEqualTo("drl");
        assertThat(latest.get("live").asBoolean()).isTrue();
    }

    @Test
    void aCatalogueReleasedDirectlyIsInTheHistoryWithItsCallerAsApprover() {
        HttpResponse<String> response = post("/api/v1/admin/rulebase/catalogue", "text/csv",
                liveCatalogue().replace(NIGHT_WORK_TO_URBAN, NIGHT_WORK_TO_HOUSING), Account.SUPERVISOR);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String released = json(response).get("candidateVersion").asString();
        awaitLiveVersion(released);

        JsonNode latest = json(get("/api/v1/supervision/rulebase/versions", Account.AUDITOR)).get(0);

        assertThat(latest.get("version").asString()).isEqualTo(released);
        assertThat(latest.get("approvedBy").asString()).isEqualTo("supervisor");
        assertThat(latest.get("whatifRunId").isNull()).isTrue();
        assertThat(latest.get("live").asBoolean()).isTrue();
    }

    private HttpResponse<String> approve(long id) {
        return post("/api/v1/supervision/whatif/" + id + "/approve", "text/plain", "", Account.SUPERVISOR);
    }

    private static String shippedDrl(String name) throws IOException {
        try (InputStream in = WhatIfApprovalTest.class.getClassLoader().getResourceAsStream("city/hotline/rules/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
