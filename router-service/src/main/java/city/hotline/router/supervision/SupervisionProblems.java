package city.hotline.router.supervision;

import city.hotline.router.web.Problems;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import java.time.LocalDate;

/**
 * RFC 9457 problems of the supervision API: 400 naming the parameter ({@code parameter}), 404 for a ticket the
 * store does not know. Ordered first, so that a value that cannot be converted gets this problem rather than
 * Spring's generic one.
 */
@RestControllerAdvice(assignableTypes = SupervisionController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnProperty(name = "router.roles.audit", havingValue = "true", matchIfMissing = true)
class SupervisionProblems {


    @ExceptionHandler
    ProblemDetail badParameter(BadParameterException e) {
        return badParameter(e.parameter(), e.getMessage());
    }

    /** The API's parameters are dates, numbers and text, and text always converts. */
    @ExceptionHandler
    ProblemDetail unreadableParameter(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == LocalDate.class ? "an ISO date such as 2026-11-23" : "a whole number";
        return badParameter(e.getName(), e.getName() + " must be " + expected + ", not " + e.getValue());
    }

    @ExceptionHandler
    ProblemDetail noDecision(NoDecisionException e) {
        ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, "ticket-not-decided", e.getMessage());
        problem.setTitle("No decision for this ticket");
        return problem;
    }

    private static ProblemDetail badParameter(String parameter, String detail) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "bad-parameter", detail);
        problem.setTitle("Bad parameter");
        problem.setProperty("parameter", parameter);
        return problem;
    }
}
