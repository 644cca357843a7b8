package city.hotline.router.movecar.registry;

import city.hotline.rules.text.Plates;
import city.hotline.schemas.EventCodec;
import city.hotline.schemas.EventType;
import city.hotline.schemas.VehicleRegistration;

import java.util.Optional;
import java.util.function.Function;

/**
 * Finds a vehicle in the local copy of {@code vehicle.registry} (a Kafka Streams global store: a lookup never
 * crosses the network). Plates are compared after normalisation, so {@code 闽d·12345} finds {@code 闽D12345}.
 */
public final class VehicleRegistry {

    /** The result of matching a reported plate and colour against the registry. */
    public sealed interface Match {
    }

    /** The plate is registered with a compatible colour. */
    public record Found(VehicleRegistration vehicle) implements Match {
    }

    /** No vehicle has this plate. */
    public record Unknown(String plate) implements Match {
    }

    /** The plate is registered, but with another plate colour than the caller reported. */
    public record ColourConflict(String plate, String reported, String registered) implements Match {
    }

    private final Function<String, byte[]> entries;
    private final EventCodec codec;

    /** @param entries the registry's entry for a normalised plate (a {@code vehicle.registered} event), or null */
    public VehicleRegistry(Function<String, byte[]> entries, EventCodec codec) {
        this.entries = entries;
        this.codec = codec;
    }

    public Optional<VehicleRegistration> find(String plate) {
        String key = Plates.normalise(plate).orElse(plate);
        return Optional.ofNullable(entries.apply(key))
                .map(bytes -> codec.<VehicleRegistration>decode(bytes, EventType.VEHICLE_REGISTERED).data());
    }

    /** @param reportedColour the colour the caller gave, or null when none was given (then any colour matches) */
    public Match match(String plate, String reportedColour) {
        Optional<VehicleRegistration> vehicle = find(plate);
        if (vehicle.isEmpty()) {
            return new Unknown(plate);
        }
        String registered = vehicle.get().plateColour();
        return coloursAgree(reportedColour, registered) ? new Found(vehicle.get())
                : new ColourConflict(vehicle.get().plate(), reportedColour, registered);
    }

    /**
     * A large new-energy plate is yellow-green ({@code 黄绿}); callers call it yellow or green, and neither is
     * a conflict.
     */
    static boolean coloursAgree(String reported, String registered) {
        if (reported == null || reported.equals(registered)) {
            return true;
        }
        return registered.equals("黄绿") && (reported.equals("黄") || reported.equals("绿"));
    }
}
