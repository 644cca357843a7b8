package city.hotline.router.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.net.URI;

/**
 * RFC 9457 problem details with the service's problem types ({@value #BASE}{@code <type>}), one place for every
 * controller, so clients can rely on one form of {@code type}.
 */
public final class Problems {

    public static final String BASE = "https://city-hotline.example/problems/";

    private Problems() {
    }

    /** @param type the last segment of the problem type, e.g. {@code ticket-not-routed} */
    public static ProblemDetail of(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(BASE + type));
        return problem;
    }

    /** The problem as a response with its status. */
    public static ResponseEntity<ProblemDetail> response(HttpStatus status, String type, String detail) {
        return ResponseEntity.status(status).body(of(status, type, detail));
    }
}
