package city.hotline.schemas;

/**
 * A parsed move-car SMS ({@code 移车:闽D12345#蓝#湖滨南路与体育路口}). Every part may be null:
 * citizens often leave out the colour or the place, and routing must still work.
 */
public record MoveCarRequest(String plate, String plateColour, String place) {
}
