package city.hotline.rules.catalogue;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time limit as the catalogue writes it: {@code 30m}, {@code 2h}, {@code 3d} or {@code 5wd}
 * (working days, 工作日).
 */
public record TimeLimit(int amount, Unit unit) {

    public enum Unit {
        MINUTES("m", 1), HOURS("h", 60), DAYS("d", 24 * 60), WORKING_DAYS("wd", 24 * 60);

        private final String suffix;
        private final long nominalMinutes;

        Unit(String suffix, long nominalMinutes) {
            this.suffix = suffix;
            this.nominalMinutes = nominalMinutes;
        }
    }

    private static final Pattern FORM = Pattern.compile("([1-9][0-9]{0,4})(m|h|d|wd)");

    static Optional<TimeLimit> parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int amount = Integer.parseInt(m.group(1));
        for (Unit unit : Unit.values()) {
            if (unit.suffix.equals(m.group(2))) {
                return Optional.of(new TimeLimit(amount, unit));
            }
        }
        throw new AssertionError("the pattern admits only the units above");
    }

    /**
     * Length for ordering the three limits of one item. A working day counts as one day: how
     * many calendar days it spans depends on the weekday, and the order check only needs
     * "accept no later than first feedback no later than finish" for the same start.
     */
    long nominalMinutes() {
        return amount * unit.nominalMinutes;
    }

    @Override
    public String toString() {
        return amount + unit.suffix;
    }
}
