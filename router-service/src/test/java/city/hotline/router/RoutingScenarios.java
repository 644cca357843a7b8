package city.hotline.router;

import city.hotline.router.kafka.Topics;
import city.hotline.schemas.Envelope;
import city.hotline.schemas.EventType;
import city.hotline.schemas.RoutedTicket;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Intake to routed, end to end on a real broker, read back as a downstream reader would
 * ({@code read_committed}). Run against the embedded broker and, where Docker exists, a containerised one.
 */
abstract class RoutingScenarios extends RouterTestSupport {

    private static final EnumSet<Topics> ROUTES = EnumSet.of(Topics.ROUTE_110, Topics.ROUTE_12345, Topics.ROUTE_114);

    @ParameterizedTest(name = "{0} ticket → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            call   | 110   | ROUTE_110   | 有人在超市门口打架，已经有人受伤流血了
            call   | 12345 | ROUTE_12345 | 我在公司干了半年，老板一直拖欠工资不发
            sms    | 114   | ROUTE_114   | 移车:闽D12345#蓝#湖滨南路与体育路口
            """)
    void aTicketInEachLinesStyleIsRoutedExactlyOnceToItsLine(String channel, String line, Topics route, String text) {
        String ticketId = submit("""
                {"channel":"%s","text":"%s","callerPhone":"13812345678"}""".formatted(channel, text));

        awaitRouted(ticketId);

        List<ConsumerRecord<String, byte[]>> decisions = committed(Topics.ROUTING_DECISIONS, ticketId);
        assertThat(decisions).hasSize(1);
        Envelope<RoutedTicket> decision = decodeRouted(decisions.get(0), EventType.ROUTING_DECIDED);
        assertThat(decision.subject()).isEqualTo(ticketId);
        assertThat(decision.data().decision().line()).isEqualTo(line);
        assertThat(decision.data().ticket().callerPhone()).isEqualTo("138****5678");

        List<ConsumerRecord<String, byte[]>> routed = committed(route, ticketId);
        assertThat(routed).hasSize(1);
        assertThat(new String(routed.get(0).headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .startsWith("application/cloudevents+json");
        for (Topics other : EnumSet.complementOf(EnumSet.of(route))) {
            if (ROUTES.contains(other)) {
                assertThat(committed(other, ticketId)).as(other.topicName()).isEmpty();
            }
        }
    }

    @Test
    void theTicketViewShowsTheDecisionWithPhoneNumbersMasked() {
        String ticketId = submit("""
                {"channel":"sms","text":"移车:闽D12345#蓝#湖滨南路与体育路口，我电话13912345678","callerPhone":"13812345678"}""");

        String body = awaitRouted(ticketId);

        assertThat(body).contains("\"line\":\"114\"", "\"plate\":\"闽D12345\"", "\"rulebaseVersion\"", "\"rules\"")
                .contains("138****5678", "139****5678")
                .doesNotContain("13812345678", "13912345678");
    }

    @Test
    void theSameExternalIdTwiceIsOneTicketRoutedOnce() {
        String json = """
                {"channel":"exchange","text":"小区停水两天了，一直没人来修","externalId":"GD-%s"}"""
                .formatted(UUID.randomUUID());

        String first = submit(json);
        String second = submit(json);
        awaitRouted(first);

        assertThat(second).isEqualTo(first);
        // Both intake events are on the topic; the router routed the ticket once.
        assertThat(committed(Topics.INTAKE_TICKETS, first)).hasSize(2);
        assertThat(committed(Topics.ROUTING_DECISIONS, first)).hasSize(1);
        assertThat(committed(Topics.ROUTE_12345, first)).hasSize(1);
    }

    @Test
    void aSubmissionWithABadFieldIsRefusedWithAProblemNamingIt() {
        HttpResponse<String> response = post("""
                {"channel":"fax","text":"路灯坏了"}""");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"field\":\"/channel\"", "\"reason\":\"SCHEMA_VIOLATION\"");
    }

    @Test
    void aTextHoldingAControlOrBidiOverrideCharacterIsRefusedWithAProblemNamingTheField() {
        // NUL is refused by PostgreSQL (the audit store would lose the record); U+202E reverses text on the page.
        HttpResponse<String> nul = post("""
                {"channel":"call","text":"路灯坏了\\u0000"}""");
        HttpResponse<String> override = post("""
                {"channel":"call","text":"路灯坏了","location":{"address":"湖滨南路\\u202e号88"}}""");

        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(nul.body()).contains("\"field\":\"/text\"", "\"reason\":\"SCHEMA_VIOLATION\"");
        assertThat(override.statusCode()).isEqualTo(400);
        assertThat(override.body()).contains("\"field\":\"/location/address\"");
    }

    @Test
    void malformedJsonIsRefusedWithAProblem() {
        HttpResponse<String> response = post("{\"channel\":\"call\",");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("MALFORMED_JSON");
    }

    @Test
    void aTicketNotRoutedYetIsNotFound() {
        HttpResponse<String> response = get("/api/v1/tickets/" + UUID.randomUUID());

        assertThat(response.statusCode()).isEqualTo(404);
    }
}
