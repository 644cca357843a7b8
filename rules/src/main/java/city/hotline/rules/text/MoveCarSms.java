package city.hotline.rules.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The self-service move-car SMS, {@code 移车:车牌号#车牌颜色#停放地点}
 * (e.g. {@code 移车:闽D12345#蓝#湖滨南路与体育路口}), read in the loose forms it really arrives in:
 * full-width {@code ：} and {@code ＃}, spaces instead of hashes, {@code 挪车} for {@code 移车}, the
 * colour missing, fields in another order, lower-case letters.
 *
 * @param plate       the normalised plate, or {@code null} when no field is a readable plate
 * @param plateColour 蓝, 黄, 绿, 白, 黑 or 黄绿, or {@code null} when not given
 * @param place       where the vehicle stands (normalised text), or {@code null} when not given
 */
public record MoveCarSms(String plate, String plateColour, String place) {

    /** The keyword, then a colon or space before the fields (none is needed before a plate). */
    private static final Pattern PREFIX = Pattern.compile("^(?:移车|挪车) ?:? ?");

    /** The SMS the text is, or empty when the text is not in the move-car SMS format. */
    public static Optional<MoveCarSms> parse(String text) {
        String normalised = TextNormaliser.normalise(text);
        Matcher prefix = PREFIX.matcher(normalised);
        if (!prefix.lookingAt()) {
            return Optional.empty();
        }
        String body = normalised.substring(prefix.end());
        return body.indexOf('#') >= 0 ? fromHashFields(body) : fromSpacedFields(body);
    }

    /** {@code 闽D12345#蓝#地点} in any order; each field is recognised by what it is. */
    private static Optional<MoveCarSms> fromHashFields(String body) {
        String plate = null;
        String colour = null;
        List<String> place = new ArrayList<>();
        for (String field : body.split("#")) {
            String value = field.strip();
            Optional<String> asPlate = Plates.normalise(value);
            Optional<String> asColour = Plates.colourOf(value);
            if (plate == null && asPlate.isPresent()) {
                plate = asPlate.get();
            } else if (colour == null && asColour.isPresent()) {
                colour = asColour.get();
            } else if (!value.isEmpty() && !Plates.startsLikePlate(value)) {
                place.add(value); // an unreadable plate (闽D1) is no place: the operator asks again
            }
        }
        return Optional.of(new MoveCarSms(plate, colour, place.isEmpty() ? null : String.join(" ", place)));
    }

    /**
     * {@code 浙a 7k2p9 蓝 文三路}: without hashes the plate may itself contain spaces, so it is
     * found first; the SMS must open with the plate or its colour, else it is ordinary text that
     * happens to start with 挪车 (挪车申请：车牌…).
     */
    private static Optional<MoveCarSms> fromSpacedFields(String body) {
        List<Plates.Found> plates = Plates.scan(body);
        if (plates.isEmpty()) {
            return Optional.empty();
        }
        Plates.Found found = plates.get(0);
        String before = body.substring(0, found.start()).strip();
        if (!before.isEmpty() && Plates.colourOf(before).isEmpty()) {
            return Optional.empty();
        }
        String colour = before.isEmpty() ? null : Plates.colourOf(before).get();
        List<String> place = new ArrayList<>();
        for (String token : body.substring(found.end()).strip().split(" ")) {
            Optional<String> asColour = Plates.colourOf(token);
            if (colour == null && asColour.isPresent()) {
                colour = asColour.get();
            } else if (!token.isEmpty()) {
                place.add(token);
            }
        }
        return Optional.of(new MoveCarSms(found.plate(), colour, place.isEmpty() ? null : String.join(" ", place)));
    }
}
