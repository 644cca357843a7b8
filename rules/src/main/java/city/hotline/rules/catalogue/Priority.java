package city.hotline.rules.catalogue;

import java.util.Locale;
import java.util.Optional;

/** How fast the handling department must act on an item. */
public enum Priority {
    URGENT, HIGH, NORMAL, LOW;

    static Optional<Priority> fromLabel(String label) {
        for (Priority p : values()) {
            if (p.name().toLowerCase(Locale.ROOT).equals(label)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
