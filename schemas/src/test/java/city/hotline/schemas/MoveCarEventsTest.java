package city.hotline.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The move-car events keep phone numbers where they belong: the registry only, never a citizen's text. */
class MoveCarEventsTest {

    private static final EventCodec CODEC = new EventCodec(16 * 1024);

    @Test
    void aRegistryEntryNeverPrintsTheOwnersNumber() {
        VehicleRegistration vehicle = new VehicleRegistration("闽D12345", "蓝", "17000000001");

        assertThat(vehicle.toString()).contains("闽D12345").doesNotContain("17000000001");
    }

    @Test
    void anSmsRequestWhoseTextCarriesAPhoneNumberIsRefusedByItsProducer() {
        SmsRequest leaking = new SmsRequest("r-1", "闽D12345", "蓝", "您的车挡路了，请联系13800138001", null,
                Channel.SMS, null, EscalationAction.ON_SITE, Fixtures.RECEIVED);

        InvalidEventException rejection = catchThrowableOfType(InvalidEventException.class, () -> CODEC.encode(
                Envelope.of(EventType.SMS_REQUESTED, "/hotline/movecar", "T1", leaking, Fixtures.RECEIVED)));

        assertThat(rejection.violations()).extracting(Violation::field).containsExactly("/data/text");
    }

    @Test
    void updatesDecodeToTheirKind() {
        Envelope<MoveCarUpdate> moved = Envelope.of(EventType.MOVECAR_UPDATED, "/hotline/api", "T1",
                MoveCarUpdate.moved("operator"), Instant.parse("2025-03-14T00:10:00Z"));

        Envelope<MoveCarUpdate> decoded = CODEC.decode(CODEC.encode(moved), EventType.MOVECAR_UPDATED);

        assertThat(decoded.data().kind()).isEqualTo(MoveCarUpdate.Kind.MOVED);
        assertThat(decoded).isEqualTo(moved);
    }
}
