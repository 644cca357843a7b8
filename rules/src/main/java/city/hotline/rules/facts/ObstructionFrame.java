package city.hotline.rules.facts;

/**
 * A vehicle standing where it keeps someone out or in.
 *
 * @param vehicle the vehicle word or plate
 * @param place   the way it stands in ({@code 车库门}, {@code 消防通道}, {@code 大门}), or {@code null}
 * @param stance  how it stands there ({@code 停在}, {@code 挡着}), or {@code null}
 * @param stuck    what the caller cannot do ({@code 开不出去}, {@code 出不去}), or {@code null}
 * @param blocking a vehicle at a way in or out, or one the caller is stuck behind
 */
public record ObstructionFrame(String vehicle, String place, String stance, String stuck, boolean blocking)
        implements Frame {

    public ObstructionFrame(String vehicle, String place, String stance, String stuck) {
        this(vehicle, place, stance, stuck, stuck != null || place != null && stance != null);
    }

    @Override
    public String describe() {
        return "frame:obstruction(vehicle=" + vehicle + ", place=" + place + ", stance=" + stance + ", stuck=" + stuck + ")";
    }
}
