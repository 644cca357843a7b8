package city.hotline.router.movecar.registry;

import city.hotline.rules.text.Plates;
import city.hotline.schemas.VehicleRegistration;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SyntheticRegistryTest {

    private static final List<SyntheticRegistry.Vehicle> VEHICLES = new SyntheticRegistry(114, 20_000).vehicles();

    @Test
    void theSameSeedAndSizeGiveTheSameRegistry() {
        assertThat(new SyntheticRegistry(114, 20_000).vehicles()).isEqualTo(VEHICLES);
        assertThat(new SyntheticRegistry(115, 20_000).vehicles()).isNotEqualTo(VEHICLES);
    }

    @Test
    void theSampleVehiclesOfTheDocsAndTheDemoComeFirst() {
        assertThat(VEHICLES.subList(0, 3)).extracting(vehicle -> vehicle.registration().plate())
                .containsExactly("闽D12345", "闽DB7X21", "粤BD12345");
        assertThat(VEHICLES).hasSize(20_003);
    }

    @Test
    void everyPlateIsUniqueAndReadsBackUnchangedThroughTheRulesNormaliser() {
        assertThat(VEHICLES).extracting(vehicle -> vehicle.registration().plate()).doesNotHaveDuplicates()
                .allSatisfy(plate -> assertThat(Plates.normalise(plate)).contains(plate));
    }

    @Test
    void ownersAreInTheSyntheticRangeOnly() {
        assertThat(VEHICLES).extracting(vehicle -> vehicle.registration().ownerPhone())
                .allSatisfy(phone -> assertThat(phone).matches("17000\\d{6}"))
                .doesNotHaveDuplicates();
    }

    @Test
    void thePlatesLookLikeAXiamenStreet() {
        List<VehicleRegistration> generated = VEHICLES.subList(3, VEHICLES.size()).stream()
                .map(SyntheticRegistry.Vehicle::registration).toList();
        Map<String, Long> colours = generated.stream()
                .collect(Collectors.groupingBy(VehicleRegistration::plateColour, Collectors.counting()));

        assertThat(share(generated, vehicle -> vehicle.plate().startsWith("闽D"))).isBetween(0.49, 0.55);
        assertThat(colours.get("蓝") / (double) generated.size()).isBetween(0.77, 0.83);
        assertThat(colours.get("绿") / (double) generated.size()).isBetween(0.10, 0.14);
        assertThat(colours).containsKeys("黄", "黄绿");
        assertThat(generated).filteredOn(vehicle -> vehicle.plateColour().equals("绿"))
                .allSatisfy(vehicle -> assertThat(vehicle.plate()).hasSize(8).matches("..[DF].*"));
        assertThat(generated).anySatisfy(vehicle -> assertThat(vehicle.plate()).endsWith("挂"));
    }

    @Test
    void moreVehiclesThanTheOwnerRangeHoldsAreRefused() {
        assertThatThrownBy(() -> new SyntheticRegistry(1, SyntheticRegistry.MAX_VEHICLES + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static double share(List<VehicleRegistration> vehicles, Function<VehicleRegistration, Boolean> test) {
        return vehicles.stream().filter(test::apply).count() / (double) vehicles.size();
    }
}
