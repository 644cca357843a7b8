package city.hotline.schemas;

/**
 * The data of {@code city.hotline.vehicle.registered}: one vehicle of the traffic police's registry, on the
 * compacted topic keyed by its plate. The only event with a phone number in clear.
 *
 * @param plate       normalised (upper case, no separators)
 * @param ownerPhone  the owner's mobile number, used only for the move-car SMS
 */
public record VehicleRegistration(String plate, String plateColour, String ownerPhone) {

    @Override
    public String toString() {
        // Records print every component; this one must never put the number in a log line.
        return "VehicleRegistration[plate=" + plate + ", plateColour=" + plateColour + "]";
    }
}
