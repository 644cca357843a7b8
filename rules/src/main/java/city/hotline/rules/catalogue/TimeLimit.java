package city.hotline.rules.catalogue;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time limit as the catalogue writes it: {@code 30m}, {@code 2h}, {@code 3d} or {@code 5wd}
 * (working days, 工作日).
 */
public record TimeLimit(int amount, Unit unit) {

    /** A limit of zero or less would fall due at once or in the past: no timer wants that. */
    public TimeLimit {
        Objects.requireNonNull(unit, "unit");
        if (amount < 1) {
            throw new IllegalArgumentException(
                    "a time limit is at least 1" + unit.suffix + ", not " + amount + unit.suffix);
        }
    }

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
    private static final String FORMS = "<n>m, <n>h, <n>d or <n>wd with n from 1 to 99999, e.g. 30m, 2h or 5wd";

    /** The limit written in {@code text}, or empty when it is not one of the four forms. */
    public static Optional<TimeLimit> parse(String text) {
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
     * The limit written in {@code text}, for callers that receive limits as strings (the loop
     * tracker, from events) and have no catalogue line to report a problem against.
     *
     * @throws IllegalArgumentException quoting the text and the forms accepted
     */
    public static TimeLimit of(String text) {
        if (text == null) {
            throw new IllegalArgumentException("time limit is missing (expected " + FORMS + ")");
        }
        return parse(text).orElseThrow(() -> new IllegalArgumentException(
                "not a time limit: '" + text + "' (expected " + FORMS + ")"));
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
