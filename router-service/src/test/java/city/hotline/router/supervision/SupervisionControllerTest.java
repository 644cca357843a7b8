package city.hotline.router.supervision;

import city.hotline.router.privacy.UnmaskedMobile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP side: parameters, problems, and the exact JSON the supervisors' page is written against. */
class SupervisionControllerTest {

    private static final Pattern MOBILE = UnmaskedMobile.PATTERN;
    private static final String KNOWN_DAY = "from=2026-11-23&to=2026-11-23";

    private final JdbcClient jdbc = KnownDayStore.jdbc();
    private final MockMvcTester mvc = MockMvcTester.create(MockMvcBuilders.standaloneSetup(new SupervisionController(
                    new ReportPeriods(KnownDay.ZONE, Clock.fixed(KnownDay.NOW, KnownDay.ZONE)), new DecisionSearch(jdbc),
                    new TicketTimelineQuery(jdbc), new OverdueQuery(jdbc, Clock.fixed(KnownDay.NOW, KnownDay.ZONE)),
                    new StatisticsQuery(jdbc), new HotspotsQuery(jdbc)))
            .setControllerAdvice(new SupervisionProblems()).build());
    private final JsonMapper json = JsonMapper.builder().build();

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @CsvSource({
            "/decisions?from=2026-13-01, from",
            "/decisions?to=yesterday, to",
            "/decisions?from=2026-11-24&to=2026-11-23, to",
            "/decisions?page=-1, page",
            "/decisions?size=201, size",
            "/decisions?size=0, size",
            "/decisions?size=many, size",
            "/decisions?line=119, line",
            "/decisions?category=8, category",
            "/decisions?channel=fax, channel",
            "/overdue?from=2025-01-01&to=2026-11-23, to",
            "/stats?granularity=month, granularity",
            "/hotspots?line=999, line"})
    void aBadParameterIsAProblemThatNamesIt(String path, String parameter) {
        assertThat(mvc.get().uri("/api/v1/supervision" + path))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.parameter").isEqualTo(parameter);
    }

    /** A NUL reached PostgreSQL in the search and answered 500; a bidi override reverses the text it is shown in. */
    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @CsvSource({
            "/decisions?text=%00, text",
            "/decisions?text=%E2%80%AE%E5%8F%B7, text",
            "/decisions?item=TI%01, item",
            "/decisions?rule=a%7Fb, rule"})
    void aControlCharacterInATextParameterIsAProblemThatNamesIt(String path, String parameter) {
        assertThat(mvc.get().uri(URI.create("/api/v1/supervision" + path)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.parameter").isEqualTo(parameter);
    }

    @Test
    void aTicketWithoutDecisionIsNotFound() {
        assertThat(mvc.get().uri("/api/v1/supervision/tickets/NO-SUCH-TICKET/timeline"))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.detail").asString().contains("NO-SUCH-TICKET");
    }

    @Test
    void withoutDatesTheAnswerIsAboutToday() {
        assertThat(mvc.get().uri("/api/v1/supervision/stats"))
                .hasStatusOk().bodyJson()
                .hasPathSatisfying("$.from", from -> assertThat(from).asString().isEqualTo("2026-11-24"))
                .hasPathSatisfying("$.to", to -> assertThat(to).asString().isEqualTo("2026-11-24"));
    }

    @Test
    void decisionsHaveExactlyThePagesFields() {
        Map<String, Object> page = get("/decisions?" + KNOWN_DAY + "&line=12345&size=2");

        assertThat(page).containsOnlyKeys("items", "page", "size", "total").containsEntry("page", 0)
                .containsEntry("size", 2).containsEntry("total", 3);
        assertThat(first(page, "items")).containsOnlyKeys("eventId", "ticketId", "decidedAt", "source", "channel",
                        "dialledLine", "receivedAt", "takenBy", "callerPhone", "text", "address", "line", "category",
                        "item", "department", "plate", "alsoNotify", "rules", "matchedFacts", "needsReview",
                        "confidence", "rulebaseVersion", "tookMicros")
                .containsEntry("decidedAt", "2026-11-23T06:00:01Z")
                .containsEntry("rules", List.of("REROUTE_ON_REJECTION"));
    }

    @Test
    void theTimelineHasExactlyThePagesFields() {
        Map<String, Object> timeline = get("/tickets/" + KnownDay.T110D + "/timeline");

        assertThat(timeline).containsOnlyKeys("ticketId", "state", "decisions", "events");
        Map<String, Object> state = object(timeline, "state");
        assertThat(state).containsOnlyKeys("state", "line", "firstReceiver", "hops", "updatedAt", "deadlines");
        assertThat(first(state, "deadlines")).containsOnlyKeys("kind", "line", "dueAt", "limit", "status");
        assertThat(first(timeline, "events")).containsOnlyKeys("eventId", "ticketId", "at", "kind", "source", "line",
                "stage", "action", "reason", "detail", "department", "overdueStage", "dueAt");
        assertThat(get("/tickets/" + KnownDay.T114B + "/timeline")).containsEntry("state", null);
    }

    @Test
    void overdueHasExactlyThePagesFields() {
        Map<String, Object> overdue = get("/overdue?" + KNOWN_DAY);

        assertThat(overdue).containsOnlyKeys("overdue", "escalations");
        assertThat(first(overdue, "overdue")).containsOnlyKeys("ticketId", "line", "state", "item", "department", "deadline");
        assertThat(object(first(overdue, "overdue"), "deadline")).containsOnlyKeys("kind", "line", "dueAt", "limit", "status");
        assertThat(first(overdue, "escalations")).containsEntry("kind", "escalation");
    }

    @Test
    void statisticsHaveExactlyThePagesFields() {
        Map<String, Object> stats = get("/stats?" + KNOWN_DAY + "&granularity=week");

        assertThat(stats).containsOnlyKeys("from", "to", "granularity", "buckets", "onTime")
                .containsEntry("from", "2026-11-23").containsEntry("granularity", "week");
        Map<String, Object> bucket = first(stats, "buckets");
        assertThat(bucket).containsOnlyKeys("start", "callsPerLine", "transfers", "validPoliceAlerts", "moveCar")
                .containsEntry("start", "2026-11-23")
                .containsEntry("callsPerLine", Map.of("110", 5, "12345", 2, "114", 3))
                .containsEntry("transfers", Map.of("110→12345", 2, "12345→110", 1));
        assertThat(object(bucket, "moveCar")).containsOnlyKeys("tickets", "notified", "notifiedShare");
        Map<String, Object> onTime = object(stats, "onTime");
        assertThat(onTime).containsOnlyKeys("byItem", "byDepartment");
        assertThat(first(onTime, "byItem")).isEqualTo(Map.of("key", "TI001", "met", 0, "overdue", 1, "rate", 0.0));
    }

    @Test
    void hotspotsHaveExactlyThePagesFields() {
        Map<String, Object> hotspots = get("/hotspots?" + KNOWN_DAY + "&line=110");

        assertThat(hotspots).containsOnlyKeys("places");
        assertThat(first(hotspots, "places")).containsOnlyKeys("place", "line", "category", "item", "count")
                .containsEntry("place", "思明区").containsEntry("count", 2);
    }

    @Test
    void noAnswerCarriesAMobileNumberInClear() {
        // the known day writes two numbers in clear (an address, an escalation's detail): the store masks them
        assertThat(jdbc.sql("SELECT count(*) FROM decision WHERE address LIKE '%13612345678%'").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM ticket_event WHERE detail LIKE '%13512345678%'").query(Long.class).single())
                .isZero();
        String period = "from=2026-11-22&to=2026-11-30";
        List<String> answers = Stream.concat(
                        Stream.of("/decisions?size=200&" + period, "/overdue?" + period, "/stats?" + period,
                                "/hotspots?" + period),
                        Stream.of(KnownDay.T110C, KnownDay.T114B, KnownDay.T114C, KnownDay.T110A)
                                .map(ticket -> "/tickets/" + ticket + "/timeline"))
                .map(this::body).toList();

        assertThat(answers).allSatisfy(answer -> assertThat(answer).doesNotContainPattern(MOBILE));
        assertThat(String.join("\n", answers)).contains("138****5678", "136****5678", "135****5678", "139****1111");
    }

    private String body(String path) {
        var result = mvc.get().uri("/api/v1/supervision" + path).exchange();
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> get(String path) {
        return json.readValue(body(path), Map.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> first(Map<String, Object> object, String arrayField) {
        List<Map<String, Object>> array = (List<Map<String, Object>>) object.get(arrayField);
        assertThat(array).as(arrayField).isNotEmpty();
        return array.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Map<String, Object> object, String field) {
        return (Map<String, Object>) object.get(field);
    }
}
