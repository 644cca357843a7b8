package city.hotline.router.security;

import city.hotline.router.RouterOnEmbeddedKafka;
import city.hotline.router.RouterTestSupport;
import city.hotline.router.privacy.UnmaskedMobile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint, every role: no account → 401, an account without the role → 403, an account with it → past
 * security (whatever the endpoint then answers). No answer carries a phone number in clear.
 */
@RouterOnEmbeddedKafka
class RoleMatrixTest extends RouterTestSupport {

    private static final Pattern MOBILE = UnmaskedMobile.PATTERN;
    private static final List<Account> ACCOUNTS = List.of(Account.AGENT, Account.SUPERVISOR, Account.AUDITOR,
            Account.CAD_110, Account.WORK_ORDERS_12345);
    private static final Set<Account> READERS = Set.of(Account.SUPERVISOR, Account.AUDITOR);
    private static final Set<Account> SUPERVISOR = Set.of(Account.SUPERVISOR);
    private static final String BROKEN_CSV = "code,name\nTI999,broken";

    record Endpoint(String method, String path, String contentType, String body, Set<Account> allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static Stream<Endpoint> endpoints() {
        return Stream.of(
                new Endpoint("POST", "/api/v1/tickets", "application/json", "{\"channel\":\"sms\",\"text\":\"路灯坏了\"}",
                        Set.of(Account.AGENT, Account.SUPERVISOR)),
                new Endpoint("GET", "/api/v1/tickets/no-such-ticket", null, null, Set.of(Account.AGENT, Account.SUPERVISOR, Account.AUDITOR)),
                new Endpoint("POST", "/api/v1/tickets/no-such-ticket/moved", "application/json", "{}", Set.of(Account.AGENT, Account.SUPERVISOR)),
                new Endpoint("GET", "/api/v1/exchange/110/outbox?limit=1", null, null, Set.of(Account.CAD_110)),
                new Endpoint("POST", "/api/v1/exchange/110/feedback", "application/json", "{\"ticketId\":\"x\",\"stage\":\"received\"}", Set.of(Account.CAD_110)),
                new Endpoint("GET", "/api/v1/exchange/12345/outbox?limit=1", null, null, Set.of(Account.WORK_ORDERS_12345)),
                new Endpoint("POST", "/api/v1/exchange/12345/feedback", "application/json", "{\"ticketId\":\"x\",\"stage\":\"received\"}", Set.of(Account.WORK_ORDERS_12345)),
                new Endpoint("GET", "/api/v1/admin/rulebase", null, null, READERS),
                new Endpoint("POST", "/api/v1/admin/rulebase/catalogue", "text/csv", BROKEN_CSV, SUPERVISOR),
                new Endpoint("GET", "/api/v1/supervision/decisions", null, null, READERS),
                new Endpoint("GET", "/api/v1/supervision/tickets/no-such-ticket/timeline", null, null, READERS),
                new Endpoint("GET", "/api/v1/supervision/overdue", null, null, READERS),
                new Endpoint("GET", "/api/v1/supervision/stats", null, null, READERS),
                new Endpoint("GET", "/api/v1/supervision/hotspots", null, null, READERS),
                new Endpoint("GET", "/api/v1/supervision/whatif", null, null, READERS),
                new Endpoint("GET", "/api/v1/supervision/whatif/999999", null, null, READERS),
                new Endpoint("POST", "/api/v1/supervision/whatif?days=1&kind=catalogue", "text/csv", BROKEN_CSV, SUPERVISOR),
                new Endpoint("POST", "/api/v1/supervision/whatif/999999/approve", "application/json", "", SUPERVISOR),
                new Endpoint("GET", "/api/v1/supervision/rulebase/versions", null, null, READERS),
                new Endpoint("POST", "/api/v1/supervision/audit/rebuild", "application/json", "", SUPERVISOR),
                new Endpoint("GET", "/actuator/prometheus", null, null, SUPERVISOR));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void anonymousCallsAre401WrongRolesAre403AndTheRightRolesGetThrough(Endpoint endpoint) {
        assertThat(call(endpoint, null).statusCode()).as("anonymous").isEqualTo(401);
        for (Account account : ACCOUNTS) {
            HttpResponse<String> response = call(endpoint, account);
            if (endpoint.allowed().contains(account)) {
                assertThat(response.statusCode()).as(account.name()).isNotIn(401, 403);
            } else {
                assertThat(response.statusCode()).as(account.name()).isEqualTo(403);
            }
            if (endpoint.path().startsWith("/api/")) { // metrics are figures, not people's data
                assertThat(response.body()).as(account.name()).doesNotContainPattern(MOBILE);
            }
        }
    }

    @Test
    void anAgentReadsTheTicketsItTookAndNoOtherAgentsTickets() {
        String ticketId = takenByAnAgent("""
                {"channel":"call","text":"小区停水两天了","callerPhone":"13800138041"}""");

        assertThat(get("/api/v1/tickets/" + ticketId, Account.AGENT).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/tickets/" + ticketId, Account.OTHER_AGENT).statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/tickets/" + ticketId, Account.AUDITOR).body()).contains("138****8041").doesNotContain("13800138041");
    }

    @Test
    void anAgentConfirmsAVehicleMovedOnlyOnAMoveCarTicketItTook() {
        String ticketId = takenByAnAgent("""
                {"channel":"call","text":"有辆车堵在我家车库门口，车牌闽D7K3M5，我出不去","callerPhone":"13800138042"}""");

        assertThat(post("/api/v1/tickets/" + ticketId + "/moved", "application/json", "{}", Account.OTHER_AGENT).statusCode())
                .isEqualTo(403);
        assertThat(post("/api/v1/tickets/" + ticketId + "/moved", "application/json", "{}", Account.AGENT).statusCode())
                .isEqualTo(202);
    }

    @Test
    void healthAndTheApiDescriptionAreOpenAndThePageAsksAnonymousVisitorsToSignIn() {
        assertThat(get("/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(get("/v3/api-docs", null).body()).contains("/api/v1/supervision/audit/rebuild", "\"basic\"");
        HttpResponse<String> page = get("/supervisor/", null);
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).contains("/login"));
    }

    @Test
    void healthSaysUpOrDownToAnyoneAndItsDetailsOnlyToASupervisor() {
        HttpResponse<String> anonymous = get("/actuator/health", null);
        HttpResponse<String> supervisor = get("/actuator/health", Account.SUPERVISOR);

        assertThat(anonymous.body()).contains("\"status\"").doesNotContain("components", "details", "clusterId");
        assertThat(supervisor.body()).contains("\"components\"", "\"kafka\"");
    }

    @Test
    void anAnonymousRequestForTheErrorPageItselfIsAskedToSignInNotAnsweredWithAServerError() {
        assertThat(get("/error", null).statusCode()).isEqualTo(401);
    }

    /** Submits the ticket as Account.AGENT and waits until it is routed. */
    private String takenByAnAgent(String submission) {
        HttpResponse<String> taken = post("/api/v1/tickets", "application/json", submission, Account.AGENT);
        String ticketId = taken.body().replaceAll(".*\"ticketId\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        awaitRouted(ticketId);
        return ticketId;
    }

    private HttpResponse<String> call(Endpoint endpoint, Account account) {
        HttpRequest.Builder request = request(endpoint.path(), account);
        if (endpoint.method().equals("GET")) {
            return send(request.GET().build());
        }
        return send(request.header("Content-Type", endpoint.contentType())
                .POST(HttpRequest.BodyPublishers.ofString(endpoint.body())).build());
    }
}
