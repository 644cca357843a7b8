package city.hotline.router.loop;

import city.hotline.rules.calendar.DueTimes;
import city.hotline.rules.catalogue.TimeLimit;
import city.hotline.schemas.Deadline;
import city.hotline.schemas.DeadlineKind;
import city.hotline.schemas.DeadlineStatus;
import city.hotline.schemas.TimeLimits;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a line's time limits into deadlines. The transfer item's limits (carried in the decision) apply on
 * the line the rules chose; a line without an item, or another line after a re-route, has the line's
 * configured limits. Every limit counts from the hand-over, so the deadlines of one ticket never move.
 */
final class DeadlinePlanner {

    private final DueTimes dueTimes;
    private final LoopProperties properties;

    DeadlinePlanner(DueTimes dueTimes, LoopProperties properties) {
        this.dueTimes = dueTimes;
        this.properties = properties;
    }

    /** Receive, accept, feedback and finish deadlines of a hand-over at {@code start}; none for 114. */
    List<Deadline> handOver(String line, TimeLimits itemLimits, Instant start) {
        if (!Lines.isPartner(line)) {
            return List.of(); // the move-car role keeps its own timers
        }
        TimeLimits limits = itemLimits != null ? itemLimits : lineLimits(line);
        List<Deadline> deadlines = new ArrayList<>();
        deadlines.add(deadline(DeadlineKind.RECEIVE, line, start, properties.receiveLimit()));
        deadlines.add(deadline(DeadlineKind.ACCEPT, line, start, limits.accept()));
        deadlines.add(deadline(DeadlineKind.FEEDBACK, line, start, limits.feedback()));
        deadlines.add(deadline(DeadlineKind.FINISH, line, start, limits.finish()));
        return deadlines;
    }

    /** The deadline of one step for a line, with the line's configured limit. */
    Deadline step(DeadlineKind kind, String line, Instant start) {
        TimeLimits limits = lineLimits(line);
        String limit = switch (kind) {
            case RECEIVE -> properties.receiveLimit();
            case ACCEPT -> limits.accept();
            case FEEDBACK -> limits.feedback();
            case FINISH -> limits.finish();
        };
        return deadline(kind, line, start, limit);
    }

    private Deadline deadline(DeadlineKind kind, String line, Instant start, String limit) {
        return new Deadline(kind, line, dueTimes.dueAt(start, TimeLimit.of(limit)), limit, DeadlineStatus.PENDING);
    }

    private TimeLimits lineLimits(String line) {
        LoopProperties.LineLimits limits = "110".equals(line) ? properties.police() : properties.hotline();
        return new TimeLimits(limits.accept(), limits.feedback(), limits.finish());
    }
}
