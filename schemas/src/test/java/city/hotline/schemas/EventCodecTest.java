package city.hotline.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import city.hotline.schemas.InvalidEventException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class EventCodecTest {

    private static final EventCodec CODEC = new EventCodec(16 * 1024);

    @Test
    void encodedEventsDecodeToEqualRecords() {
        Envelope<TicketReceived> received = Fixtures.received(Fixtures.theftTicket());
        Envelope<RoutedTicket> decided = Fixtures.routed(EventType.ROUTING_DECIDED, Fixtures.moveCarDecision());
        Envelope<RoutedTicket> routed = Fixtures.routed(EventType.TICKET_ROUTED, Fixtures.moveCarDecision());

        assertThat(CODEC.decode(CODEC.encode(received))).isEqualTo(received);
        assertThat(CODEC.<RoutedTicket>decode(CODEC.encode(decided), EventType.ROUTING_DECIDED)).isEqualTo(decided);
        assertThat(CODEC.<RoutedTicket>decode(CODEC.encode(routed), EventType.TICKET_ROUTED)).isEqualTo(routed);
    }

    @Test
    void encodingOmitsNullsAndWritesInstantsAsIsoStrings() {
        JsonNode json = CODEC.mapper().readTree(CODEC.encode(Fixtures.received(Fixtures.moveCarTicket())));

        assertThat(json.get("time").asString()).isEqualTo("2025-03-14T00:03:11.052Z");
        assertThat(json.get("data").get("receivedAt").asString()).isEqualTo("2025-03-14T00:03:11.052Z");
        assertThat(json.get("data").has("location")).isFalse();
        assertThat(json.get("data").has("externalId")).isFalse();
        assertThat(json.get("data").get("channel").asString()).isEqualTo("sms");
    }

    @Test
    void envelopeOfFillsTheCloudEventsAttributes() {
        Envelope<TicketReceived> event = Fixtures.received(Fixtures.moveCarTicket());

        assertThat(event.specversion()).isEqualTo("1.0");
        assertThat(event.id()).hasSize(36);
        assertThat(event.type()).isEqualTo("city.hotline.ticket.received");
        assertThat(event.datacontenttype()).isEqualTo("application/json");
        assertThat(event.dataschema()).isEqualTo("https://schemas.city-hotline.example/ticket-received.schema.json");
        assertThat(event.schemaversion()).isEqualTo(EventType.SCHEMA_VERSION);
        assertThat(event.eventType()).isEqualTo(EventType.TICKET_RECEIVED);
        assertThat(Fixtures.received(Fixtures.moveCarTicket()).id()).isNotEqualTo(event.id());
    }

    @Test
    void envelopeOfRefusesDataOfAnotherType() {
        assertThatThrownBy(() -> Envelope.of(EventType.TICKET_ROUTED, "/router", "T1", Fixtures.moveCarTicket(),
                Fixtures.RECEIVED)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oversizeIsRejectedBeforeParsing() {
        byte[] garbage = new byte[16 * 1024 + 1];
        Arrays.fill(garbage, (byte) '{');

        InvalidEventException rejection = catchThrowableOfType(InvalidEventException.class, () -> CODEC.decode(garbage));

        assertThat(rejection.reason()).isEqualTo(Reason.OVERSIZE);
        assertThat(rejection.getMessage()).startsWith("OVERSIZE: 16385 bytes");
    }

    @Test
    void oversizeSubmissionIsRejected() {
        String text = "噪".repeat(6000);
        byte[] body = ("{\"channel\":\"call\",\"text\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8);

        assertThat(catchThrowableOfType(InvalidEventException.class, () -> CODEC.decodeSubmission(body)).reason())
                .isEqualTo(Reason.OVERSIZE);
    }

    @Test
    void encodingAnEventConsumersWouldRefuseAsOversizeFails() {
        EventCodec small = new EventCodec(512);

        assertThat(catchThrowableOfType(InvalidEventException.class,
                () -> small.encode(Fixtures.received(Fixtures.theftTicket()))).reason()).isEqualTo(Reason.OVERSIZE);
    }

    @Test
    void malformedJsonIsRejected() {
        for (String bad : new String[] {"", "{", "not json", "[]", "\"text\"", "null", "{} {}", "{\"a\":1,\"a\":2}"}) {
            InvalidEventException rejection = catchThrowableOfType(InvalidEventException.class,
                    () -> CODEC.decode(bad.getBytes(StandardCharsets.UTF_8)));

            assertThat(rejection).as(bad).isNotNull();
            assertThat(rejection.reason()).as(bad).isEqualTo(Reason.MALFORMED_JSON);
            assertThat(rejection.violations()).extracting(Violation::field).containsExactly("");
        }
        assertThat(catchThrowableOfType(InvalidEventException.class, () -> CODEC.decode(null)).reason())
                .isEqualTo(Reason.MALFORMED_JSON);
    }

    @Test
    void anotherTypeIsRejectedWhereOneTypeIsExpected() {
        byte[] routed = CODEC.encode(Fixtures.routed(EventType.TICKET_ROUTED, Fixtures.moveCarDecision()));

        InvalidEventException rejection = catchThrowableOfType(InvalidEventException.class,
                () -> CODEC.decode(routed, EventType.ROUTING_DECIDED));

        assertThat(rejection.reason()).isEqualTo(Reason.UNKNOWN_TYPE);
        assertThat(rejection.violations()).extracting(Violation::field).containsExactly("/type");
    }

    @Test
    void dataViolationsArePrefixedWithData() {
        ObjectNode event = tree(Fixtures.received(Fixtures.moveCarTicket()));
        ((ObjectNode) event.get("data")).put("text", "");
        ((ObjectNode) event.get("data")).remove("channel");

        InvalidEventException rejection = catchThrowableOfType(InvalidEventException.class,
                () -> CODEC.decode(CODEC.mapper().writeValueAsBytes(event)));

        assertThat(rejection.reason()).isEqualTo(Reason.SCHEMA_VIOLATION);
        assertThat(rejection.violations()).extracting(Violation::field).contains("/data/text", "/data/channel");
        assertThat(rejection.getMessage()).startsWith("SCHEMA_VIOLATION: ").contains("/data/text: must be at least 1 character");
    }

    @Test
    void envelopeIsCheckedBeforeTheType() {
        ObjectNode event = tree(Fixtures.received(Fixtures.moveCarTicket()));
        event.put("type", "city.hotline.ticket.closed");
        event.remove("id");

        assertThat(catchThrowableOfType(InvalidEventException.class,
                () -> CODEC.decode(CODEC.mapper().writeValueAsBytes(event))).reason()).isEqualTo(Reason.SCHEMA_VIOLATION);
    }

    @Test
    void aValueTheSchemaAllowsButJavaCannotHoldIsASchemaViolation() {
        ObjectNode event = tree(Fixtures.routed(EventType.TICKET_ROUTED, Fixtures.moveCarDecision()));
        ((ObjectNode) event.get("data").get("decision")).put("tookMicros", new java.math.BigInteger("1".repeat(25)));

        InvalidEventException rejection = catchThrowableOfType(InvalidEventException.class,
                () -> CODEC.decode(CODEC.mapper().writeValueAsBytes(event)));

        assertThat(rejection.reason()).isEqualTo(Reason.SCHEMA_VIOLATION);
        assertThat(rejection.violations()).extracting(Violation::field).containsExactly("/data/decision/tookMicros");
    }

    @Test
    void encodingAnInvalidEventFailsInTheProducer() {
        RoutingDecision lowerCaseDepartment = new RoutingDecision("114", null, null, "traffic police", null, null,
                null, java.util.List.of("move-car-sms"), null, false, 0.9, "2025.03.1", 10, null);

        InvalidEventException rejection = catchThrowableOfType(InvalidEventException.class,
                () -> CODEC.encode(Fixtures.routed(EventType.TICKET_ROUTED, lowerCaseDepartment)));

        assertThat(rejection.reason()).isEqualTo(Reason.SCHEMA_VIOLATION);
        assertThat(rejection.violations()).extracting(Violation::field).containsExactly("/data/decision/department");
    }

    @Test
    void submissionsDecodeToRecordsWithWireNamesMapped() {
        TicketSubmission submission = CODEC.decodeSubmission(
                Examples.read(Examples.ROOT.resolve("ticket-submission/valid-open311-with-photo.json")));

        assertThat(submission.channel()).isEqualTo(Channel.OPEN311);
        assertThat(submission.location().latitude()).isEqualTo(24.4853);
        assertThat(submission.attachments()).singleElement().extracting(Attachment::mediaType).isEqualTo("image/jpeg");
        assertThat(submission.callerPhone()).isNull();
    }

    @Test
    void submissionViolationsAreRelativeToTheBody() {
        InvalidEventException rejection = catchThrowableOfType(InvalidEventException.class,
                () -> CODEC.decodeSubmission("{\"channel\":\"sms\"}".getBytes(StandardCharsets.UTF_8)));

        assertThat(rejection.reason()).isEqualTo(Reason.SCHEMA_VIOLATION);
        assertThat(rejection.violations()).extracting(Violation::field).containsExactly("/text");
        assertThat(rejection.getMessage()).isEqualTo("SCHEMA_VIOLATION: /text: required property 'text' not found");
    }

    @Test
    void receivedTicketKeepsTheSubmissionAndAddsIntakeFields() {
        TicketReceived ticket = Fixtures.moveCarTicket();

        assertThat(ticket.text()).isEqualTo(Fixtures.moveCarSms().text());
        assertThat(ticket.moveCar().plate()).isEqualTo("闽D12345");
        assertThat(ticket.attachments()).isEmpty();
    }

    private static ObjectNode tree(Envelope<?> envelope) {
        return (ObjectNode) CODEC.mapper().readTree(CODEC.encode(envelope));
    }
}
