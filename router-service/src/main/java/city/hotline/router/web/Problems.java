package city.hotline.router.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

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

    /**
     * Writes the problem as the whole response, for a servlet filter that answers before any controller (where
     * Spring's own problem rendering does not run).
     */
    public static void write(HttpServletResponse response, JsonMapper json, HttpStatus status, String type, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(members(status.value(), type, detail)));
    }

    /** The problem's members in RFC 9457's order, for code that writes the JSON itself; any status, known or not. */
    static Map<String, Object> members(int status, String type, String detail) {
        HttpStatus known = HttpStatus.resolve(status);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", BASE + type);
        problem.put("title", known == null ? "Error" : known.getReasonPhrase());
        problem.put("status", status);
        problem.put("detail", detail);
        return problem;
    }

    /** The problem as a response with its status. */
    public static ResponseEntity<ProblemDetail> response(HttpStatus status, String type, String detail) {
        return ResponseEntity.status(status).body(of(status, type, detail));
    }
}
