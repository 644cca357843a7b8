package city.hotline.schemas;

/**
 * Where the incident is. The address is what a dispatcher reads; coordinates are optional
 * because most callers only give a street name.
 */
public record Location(String address, Double latitude, Double longitude) {
}
