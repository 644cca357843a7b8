package city.hotline.router.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.core.JacksonException;

import java.util.stream.Collectors;

/**
 * A request body that is not the JSON an endpoint takes, for every endpoint: a problem naming the field
 * (as a JSON pointer) and what was wrong with it, where Spring alone says only "Failed to read request".
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnreadableBodyProblems {

    static final String PROBLEM_TYPE = "unreadable-body";

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        ProblemDetail problem;
        if (e.getCause() instanceof JacksonException jackson) {
            String field = jackson.getPath().stream()
                    .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                            : Integer.toString(reference.getIndex()))
                    .collect(Collectors.joining("/", "/", ""));
            problem = Problems.of(HttpStatus.BAD_REQUEST, PROBLEM_TYPE,
                    (jackson.getPath().isEmpty() ? "the body" : field) + ": " + jackson.getOriginalMessage());
            if (!jackson.getPath().isEmpty()) {
                problem.setProperty("field", field);
            }
        } else {
            problem = Problems.of(HttpStatus.BAD_REQUEST, PROBLEM_TYPE,
                    e.getCause() == null ? "the request body is missing or not readable" : e.getCause().getMessage());
        }
        problem.setTitle("Unreadable request body");
        return problem;
    }
}
