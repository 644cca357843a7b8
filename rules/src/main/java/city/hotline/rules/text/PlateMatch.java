package city.hotline.rules.text;

/**
 * A plate found in free text: the normalised plate ({@code 闽D12345}) and the plate colour
 * (蓝, 黄, 绿, 白, 黑 or 黄绿) when the text states it next to the plate, else {@code null}.
 */
public record PlateMatch(String plate, String colour) {
}
