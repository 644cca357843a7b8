package city.hotline.router.supervision;

import city.hotline.schemas.Channel;

import java.util.Arrays;
import java.util.List;

/** Checks of the query parameters shared by the supervision endpoints; a web form sends an unused field as blank. */
final class Parameters {

    static final List<String> LINES = List.of("110", "12345", "114");

    private Parameters() {
    }

    /** A blank value means the filter is not used. */
    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String line(String name, String value) {
        String line = optional(value);
        if (line != null && !LINES.contains(line)) {
            throw new BadParameterException(name, name + " must be one of " + String.join(", ", LINES) + ", not " + line);
        }
        return line;
    }

    static String channel(String name, String value) {
        String channel = optional(value);
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
