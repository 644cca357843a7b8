package city.hotline.router.supervision;

import city.hotline.schemas.Channel;

import java.util.Arrays;
import java.util.List;

/** Checks of the query parameters shared by the supervision endpoints; a web form sends an unused field as blank. */
final class Parameters {

    static final List<String> LINES = List.of("110", "12345", "114");

    private Parameters() {
    }

    /**
     * A blank value means the filter is not used. A value with a control character (NUL above all, which
     * PostgreSQL refuses in a query) or a bidirectional override is refused as the ticket text is at intake.
     */
    static String optional(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        value.codePoints().filter(Parameters::unreadable).findFirst().ifPresent(c -> {
            throw new BadParameterException(name, name + " must not hold the control character U+%04X".formatted(c));
        });
        return value.strip();
    }

    /** As the schemas' readableText: C0 controls but tab, LF and CR; DEL; bidi overrides and isolates. */
    private static boolean unreadable(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F
                || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }

    static String line(String name, String value) {
        String line = optional(name, value);
        if (line != null && !LINES.contains(line)) {
            throw new BadParameterException(name, name + " must be one of " + String.join(", ", LINES) + ", not " + line);
        }
        return line;
    }

    static String channel(String name, String value) {
        String channel = optional(name, value);
        List<String> channels = Arrays.stream(Channel.values()).map(Channel::wireName).toList();
        if (channel != null && !channels.contains(channel)) {
            throw new BadParameterException(name, name + " must be one of " + String.join(", ", channels) + ", not " + channel);
        }
        return channel;
    }

    static Integer category(String name, Integer value) {
        if (value != null && (value < 1 || value > 7)) {
            throw new BadParameterException(name, name + " must be a 110 category from 1 to 7, not " + value);
        }
        return value;
    }

    static int between(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new BadParameterException(name, name + " must be from " + min + " to " + max + ", not " + value);
        }
        return value;
    }
}
