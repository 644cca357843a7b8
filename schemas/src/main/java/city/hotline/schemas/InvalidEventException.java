package city.hotline.schemas;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An event or submission we refuse. The {@link Reason} lets a consumer decide between
 * dead-lettering and retrying (for example after a deploy that adds a new type), and the
 * message is short and single-line so it fits a log line and a Kafka header.
 */
public class InvalidEventException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** At most this many violations are spelled out in the message; {@link #violations()} has them all. */
    private static final int MESSAGE_VIOLATIONS = 5;

    public enum Reason {
        /** Not JSON, or not a JSON object. */
        MALFORMED_JSON,
        /** Larger than the codec's limit; not parsed at all. */
        OVERSIZE,
        /** Breaks the envelope or the data schema. */
        SCHEMA_VIOLATION,
        /** A {@code type} this code does not know, or not the one expected on this topic. */
        UNKNOWN_TYPE,
        /** A {@code schemaversion} this code cannot read. */
        UNSUPPORTED_SCHEMA_VERSION
    }

    private final Reason reason;
    private final List<Violation> violations;

    public InvalidEventException(Reason reason, List<Violation> violations) {
        super(message(reason, violations));
        this.reason = reason;
        this.violations = List.copyOf(violations);
    }

    public Reason reason() {
        return reason;
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String message(Reason reason, List<Violation> violations) {
        String shown = violations.stream().limit(MESSAGE_VIOLATIONS)
                .map(Violation::toString)
                .map(s -> s.replaceAll("[\\r\\n]+", " "))
                .collect(Collectors.joining("; "));
        int hidden = violations.size() - MESSAGE_VIOLATIONS;
        String more = hidden > 0 ? " (and " + hidden + " more)" : "";
        return shown.isEmpty() ? reason.name() : reason + ": " + shown + more;
    }
}
