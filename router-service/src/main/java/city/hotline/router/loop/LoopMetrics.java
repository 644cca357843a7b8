package city.hotline.router.loop;

import city.hotline.schemas.DeadlineKind;
import city.hotline.schemas.EventType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.Locale;

/** The loop tracker's meters: what it published (work orders, re-routes, escalations...) and which deadlines passed. */
class LoopMetrics {

    private final MeterRegistry registry;

    LoopMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void published(EventType type) {
        Counter.builder("hotline.loop.events").tag("type", type.type())
                .description("Events the loop tracker published, by type").register(registry).increment();
    }

    void overdue(DeadlineKind kind) {
        Counter.builder("hotline.loop.overdue").tag("deadline", kind.name().toLowerCase(Locale.ROOT))
                .description("Deadlines that passed and raised a 督办 escalation").register(registry).increment();
    }

    void timerFailed() {
        Counter.builder("hotline.loop.timer.failures")
                .description("Timers dropped because firing them failed (see the error log)").register(registry).increment();
    }

    void deadLettered(String reason) {
        Counter.builder("hotline.loop.dead.letters").tag("reason", reason)
                .description("Records the loop tracker could not read, sent to loop.dlq").register(registry).increment();
    }
}
