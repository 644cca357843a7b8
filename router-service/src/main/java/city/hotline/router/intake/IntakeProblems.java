package city.hotline.router.intake;

import city.hotline.router.web.Problems;
import city.hotline.schemas.InvalidEventException;
import city.hotline.schemas.Violation;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/** Answers bad submissions with RFC 9457 problem details that name the offending field. */
@RestControllerAdvice(assignableTypes = TicketIntakeController.class)
class IntakeProblems {


    private final MeterRegistry meters;

    IntakeProblems(MeterRegistry meters) {
        this.meters = meters;
    }

    @ExceptionHandler
    ProblemDetail invalidTicket(InvalidEventException e) {
        Counter.builder("hotline.intake.rejected").tag("reason", e.reason().name())
                .description("Submissions refused with 400").register(meters).increment();
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-ticket", e.getMessage());
        problem.setTitle("Invalid ticket");
        problem.setProperty("reason", e.reason().name());
        List<Violation> violations = e.violations();
        if (!violations.isEmpty()) {
            problem.setProperty("field", violations.get(0).field());
        }
        problem.setProperty("violations", violations);
        return problem;
    }

    @ExceptionHandler
    ProblemDetail brokerUnavailable(IntakeUnavailableException e) {
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "intake-unavailable",
                "The ticket was not stored; retry with the same externalId to avoid a duplicate");
        problem.setTitle("Intake unavailable");
        return problem;
    }
}
