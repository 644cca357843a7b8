package city.hotline.router.rulebase;

import city.hotline.router.RouterOnEmbeddedKafka;
import city.hotline.router.RouterTestSupport;
import city.hotline.rules.catalogue.CatalogueSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Business staff release an edited transfer-item catalogue through the admin API: a broken one is refused
 * with its problems, a good one reaches every instance through {@code rulebase.releases} and decides the
 * next tickets, whose decisions name its version.
 */
@RouterOnEmbeddedKafka
class RulebaseReleaseTest extends RouterTestSupport {

    private static final String SHIPPED = CatalogueSource.classpath().orElseThrow().content();
    private static final String NIGHT_WORK_TO_URBAN = "TI001,工地夜间施工,噪声扰民类,110→12345,12345,,URBAN_MGMT,";

    @AfterEach
    void releaseTheShippedCatalogueAgain() throws Exception {
        HttpResponse<String> response = releaseCatalogue(SHIPPED);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String shipped = response.body().replaceAll(".*\"candidateVersion\":\"([^\"]+)\".*", "$1");
        awaitLiveVersion(shipped);
    }

    @Test
    void aBrokenCatalogueIsRefusedWithEveryProblemAndTheLiveRulebaseKeepsServing() throws Exception {
        String before = liveVersion();
        String broken = SHIPPED.replace(NIGHT_WORK_TO_URBAN, NIGHT_WORK_TO_URBAN.replace("URBAN_MGMT", "NO_SUCH_DEPT"))
                .replace("TI002,", "TI001,");

        HttpResponse<String> response = releaseCatalogue(broken);

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("unknown department", "duplicate code TI001");
        assertThat(liveVersion()).isEqualTo(before);
    }

    @Test
    void aReleasedCatalogueDecidesTheNextTicketsAndTheirDecisionsNameItsVersion() throws Exception {
        assertThat(SHIPPED).contains(NIGHT_WORK_TO_URBAN);
        String edited = SHIPPED.replace(NIGHT_WORK_TO_URBAN, NIGHT_WORK_TO_URBAN.replace("URBAN_MGMT", "HOUSING"));

        HttpResponse<String> response = releaseCatalogue(edited);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        String released = response.body().replaceAll(".*\"candidateVersion\":\"([^\"]+)\".*", "$1");
        awaitLiveVersion(released);

        String ticketId = submit("""
                {"channel":"call","text":"对面工地半夜施工，电锯声吵得睡不着"}""");
        assertThat(awaitRouted(ticketId))
                .contains("\"item\":\"TI001\"", "\"department\":\"HOUSING\"", "\"rulebaseVersion\":\"" + released + "\"");
    }

    private HttpResponse<String> releaseCatalogue(String csv) {
        return post("/api/v1/admin/rulebase/catalogue", "text/csv", csv, Account.SUPERVISOR);
    }

    private String liveVersion() {
        return get("/api/v1/admin/rulebase").body().replaceAll(".*\"version\":\"([^\"]+)\".*", "$1");
    }

    private void awaitLiveVersion(String version) {
        await().atMost(Duration.ofSeconds(30)).until(() -> liveVersion().equals(version));
    }
}
