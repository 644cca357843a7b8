package city.hotline.router.routing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.time.Duration;

/** The router's own meters: routed per line, dead letters per reason, duplicates, and latencies. */
@Component
public class RoutingMetrics {

    private final MeterRegistry registry;
    private final Timer decisionLatency;
    private final Timer intakeToRouted;
    private final Counter duplicates;

    RoutingMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.decisionLatency = Timer.builder("hotline.decision.latency")
                .description("Time the rulebase took to classify one ticket")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
        this.intakeToRouted = Timer.builder("hotline.intake.to.routed")
                .description("From intake (receivedAt) to the routing decision being written")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
        this.duplicates = Counter.builder("hotline.routing.duplicates")
                .description("Intake events for a ticket that was already routed (dropped)")
                .register(registry);
    }

    void routed(String line, long decisionMicros, Duration sinceIntake) {
        Counter.builder("hotline.routed").tag("line", line).description("Tickets routed per line")
                .register(registry).increment();
        decisionLatency.record(Duration.ofNanos(decisionMicros * 1_000));
        intakeToRouted.record(sinceIntake.isNegative() ? Duration.ZERO : sinceIntake);
    }

    void deadLettered(String reason) {
        Counter.builder("hotline.dlq").tag("reason", reason).description("Intake records sent to the dead-letter topic")
                .register(registry).increment();
    }

    void duplicate() {
        duplicates.increment();
    }
}
