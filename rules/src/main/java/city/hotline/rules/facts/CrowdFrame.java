package city.hotline.rules.facts;

/**
 * A crowd doing something together.
 *
 * @param size   the crowd word or number ({@code 几十个}, {@code 30人})
 * @param action what it does ({@code 围住}, {@code 堵着}, {@code 打起来})
 */
public record CrowdFrame(String size, String action) implements Frame {

    @Override
    public String describe() {
        return "frame:crowd(size=" + size + ", action=" + action + ")";
    }
}
