package city.hotline.router.movecar;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Duration;

/** The move-car service's meters: how requests ended, SMS results, escalations, and intake-to-SMS latency. */
public class MoveCarMetrics {

    private final MeterRegistry registry;
    private final Timer intakeToSubmitted;

    public MoveCarMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.intakeToSubmitted = Timer.builder("hotline.movecar.intake.to.sms.submitted")
                .description("From intake (receivedAt) to the SMS centre accepting the owner's SMS")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
    }

    /** @param outcome sms-requested, duplicate, throttled, unknown-plate, colour-conflict, no-plate */
    void screened(String outcome) {
        Counter.builder("hotline.movecar.requests").tag("outcome", outcome)
                .description("Move-car tickets by how screening ended").register(registry).increment();
    }

    void escalated(String reason) {
        Counter.builder("hotline.movecar.escalations").tag("reason", reason)
                .description("Move-car tickets handed to a patrol or a supervisor").register(registry).increment();
    }

    void receipt(String status) {
        Counter.builder("hotline.movecar.receipts").tag("status", status)
                .description("Delivery receipts matched to a ticket").register(registry).increment();
    }

    public void unreadable(String topic) {
        Counter.builder("hotline.movecar.unreadable").tag("topic", topic)
                .description("Records the move-car service skipped because they were not valid events")
                .register(registry).increment();
    }

    public void smsSubmitted(Duration sinceIntake) {
        Counter.builder("hotline.movecar.sms").tag("result", "submitted").tag("reason", "none")
                .description("SMS requests by result").register(registry).increment();
        intakeToSubmitted.record(sinceIntake.isNegative() ? Duration.ZERO : sinceIntake);
    }

    public void smsNotSent(String reason) {
        Counter.builder("hotline.movecar.sms").tag("result", "not-sent").tag("reason", reason)
                .description("SMS requests by result").register(registry).increment();
    }

    public void smsAttemptFailed() {
        Counter.builder("hotline.movecar.sms.failed.attempts")
                .description("Submit attempts the SMS centre did not answer (each is retried until the deadline)")
                .register(registry).increment();
    }
}
