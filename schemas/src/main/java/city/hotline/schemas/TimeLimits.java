package city.hotline.schemas;

/**
 * The time limits of a decision's transfer item, as the catalogue writes them ({@code 30m}, {@code 2h},
 * {@code 3d}, {@code 5wd} for working days). Carried in the decision so that the loop tracker's deadlines
 * follow the catalogue that decided, even after a later catalogue changed the item.
 *
 * @param accept   time from routing to acceptance
 * @param feedback time from routing to the first feedback after acceptance
 * @param finish   time from routing to the matter handled
 */
public record TimeLimits(String accept, String feedback, String finish) {
}
