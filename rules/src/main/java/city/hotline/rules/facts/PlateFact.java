package city.hotline.rules.facts;

/**
 * A plate the request states.
 *
 * @param plate  normalised plate, e.g. {@code 闽D12345}
 * @param colour plate colour when stated, else {@code null}
 * @param order  0 for the first plate stated, 1 for the next...: a later plate corrects an earlier one
 */
public record PlateFact(String plate, String colour, int order) implements Evidence {

    @Override
    public String describe() {
        return "plate:" + plate;
    }
}
