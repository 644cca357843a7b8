package city.hotline.schemas;

import java.time.Instant;

/**
 * One timer of the closed loop.
 *
 * @param line  the line that must act by {@code dueAt}
 * @param limit the limit it was computed from, as the catalogue writes it ({@code 2h}, {@code 1wd})
 */
public record Deadline(DeadlineKind kind, String line, Instant dueAt, String limit, DeadlineStatus status) {

    public Deadline withStatus(DeadlineStatus newStatus) {
        return new Deadline(kind, line, dueAt, limit, newStatus);
    }
}
