package city.hotline.rules.catalogue;

import java.util.Arrays;
import java.util.Optional;

/** Which way a transfer item goes between the lines (双向转办事项: items go one way or both). */
public enum Direction {
    /** 110 receives it, 12345 handles it. */
    POLICE_TO_HOTLINE("110→12345"),
    /** 12345 receives it, 110 handles it. */
    HOTLINE_TO_POLICE("12345→110"),
    BOTH("both");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    /** As written in the catalogue, e.g. {@code 110→12345}. */
    public String label() {
        return label;
    }

    static Optional<Direction> fromLabel(String label) {
        return Arrays.stream(values()).filter(d -> d.label.equals(label)).findFirst();
    }

    /** The line that handles an item going this way; {@code null} for both ways, where the item says. */
    String handlingLine() {
        return switch (this) {
            case POLICE_TO_HOTLINE -> "12345";
            case HOTLINE_TO_POLICE -> "110";
            case BOTH -> null;
        };
    }
}
