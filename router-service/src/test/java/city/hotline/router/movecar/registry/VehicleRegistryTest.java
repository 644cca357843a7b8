package city.hotline.router.movecar.registry;

import city.hotline.schemas.Envelope;
import city.hotline.schemas.EventCodec;
import city.hotline.schemas.EventType;
import city.hotline.schemas.VehicleRegistration;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class VehicleRegistryTest {

    private static final EventCodec CODEC = new EventCodec(4096);
    private static final Map<String, byte[]> ENTRIES = Map.of(
            "闽D12345", entry(new VehicleRegistration("闽D12345", "蓝", "17000999001")),
            "粤B12345D", entry(new VehicleRegistration("粤B12345D", "黄绿", "17000999004")));
    private final VehicleRegistry registry = new VehicleRegistry(ENTRIES::get, CODEC);

    @Test
    void aPlateWrittenLooselyIsFoundAfterNormalisation() {
        assertThat(registry.match("闽d·12345", "蓝")).isInstanceOf(VehicleRegistry.Found.class);
    }

    @Test
    void withoutAReportedColourAnyRegisteredColourMatches() {
        assertThat(registry.match("闽D12345", null)).isInstanceOf(VehicleRegistry.Found.class);
    }

    @Test
    void anotherColourIsAConflictNamingBoth() {
        assertThat(registry.match("闽D12345", "黄")).isEqualTo(new VehicleRegistry.ColourConflict("闽D12345", "黄", "蓝"));
    }

    @Test
    void aLargeNewEnergyPlateMayBeCalledYellowOrGreen() {
        assertThat(registry.match("粤B12345D", "黄")).isInstanceOf(VehicleRegistry.Found.class);
        assertThat(registry.match("粤B12345D", "绿")).isInstanceOf(VehicleRegistry.Found.class);
        assertThat(registry.match("粤B12345D", "蓝")).isInstanceOf(VehicleRegistry.ColourConflict.class);
    }

    @Test
    void anUnregisteredPlateIsUnknown() {
        assertThat(registry.match("闽D54321", "蓝")).isEqualTo(new VehicleRegistry.Unknown("闽D54321"));
    }

    private static byte[] entry(VehicleRegistration vehicle) {
        return CODEC.encode(Envelope.of(EventType.VEHICLE_REGISTERED, "/test", "VEH1", vehicle, Instant.now()));
    }
}
