package city.hotline.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonFormat;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Our envelope is hand-written, so the official SDK (another Jackson, another author) is the
 * judge of whether it is really CloudEvents JSON in structured mode, in both directions.
 */
class CloudEventsConformanceTest {

    private static final EventCodec CODEC = new EventCodec(64 * 1024);
    private static final JsonFormat SDK = new JsonFormat();

    static List<Path> validEvents() {
        return Examples.validEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validEvents")
    void theOfficialSdkReadsOurEncodedEvents(Path example) {
        Envelope<?> ours = CODEC.decode(Examples.read(example));

        CloudEvent event = SDK.deserialize(CODEC.encode(ours));

        assertThat(event.getId()).isEqualTo(ours.id());
        assertThat(event.getType()).isEqualTo(ours.type());
        assertThat(event.getSource()).isEqualTo(URI.create(ours.source()));
        assertThat(event.getSubject()).isEqualTo(ours.subject());
        assertThat(event.getDataSchema()).isEqualTo(ours.eventType().dataSchema());
        assertThat(event.getDataContentType()).isEqualTo("application/json");
        assertThat(event.getTime().toInstant()).isEqualTo(ours.time());
        assertThat(event.getExtension("schemaversion")).isEqualTo(EventType.SCHEMA_VERSION);
        assertThat(CODEC.mapper().readTree(event.getData().toBytes()))
                .isEqualTo(CODEC.mapper().readTree(CODEC.mapper().writeValueAsBytes(ours.data())));
    }

    @Test
    void weReadWhatTheOfficialSdkWrites() {
        Envelope<TicketReceived> expected = Fixtures.received(Fixtures.moveCarTicket());
        CloudEvent event = CloudEventBuilder.v1()
                .withId(expected.id())
                .withSource(URI.create(expected.source()))
                .withType(expected.type())
                .withTime(OffsetDateTime.ofInstant(expected.time(), ZoneOffset.ofHours(8)))
                .withSubject(expected.subject())
                .withDataSchema(EventType.TICKET_RECEIVED.dataSchema())
                .withExtension("schemaversion", EventType.SCHEMA_VERSION)
                .withExtension("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
                .withData("application/json", CODEC.mapper().writeValueAsBytes(expected.data()))
                .build();

        byte[] structured = SDK.serialize(event);

        assertThat(new String(structured, StandardCharsets.UTF_8)).contains("\"data\":{");
        assertThat(CODEC.<TicketReceived>decode(structured, EventType.TICKET_RECEIVED)).isEqualTo(expected);
    }

    @Test
    void ourContentTypeIsTheStructuredModeOne() {
        assertThat(EventCodec.CONTENT_TYPE).startsWith(JsonFormat.CONTENT_TYPE);
    }
}
