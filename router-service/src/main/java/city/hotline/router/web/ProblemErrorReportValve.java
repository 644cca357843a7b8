package city.hotline.router.web;

import city.hotline.router.privacy.PhoneMasker;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Tomcat's own error answers (a request line or header too long, a malformed request target: refused before
 * any servlet runs) as RFC 9457 problems instead of Tomcat's HTML page, which also named the server's
 * version. Set as the host's error report valve by {@link RequestLimitsConfiguration}.
 */
public final class ProblemErrorReportValve extends ErrorReportValve {

    static final String PROBLEM_TYPE = "request-refused-by-server";

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String message = response.getMessage();
        Map<String, Object> problem = Problems.members(status, PROBLEM_TYPE,
                message == null || message.isBlank() ? "the server refused the request" : PhoneMasker.maskText(message));
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(JsonMapper.shared().writeValueAsString(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException cannotWrite) {
            // The connection is gone or the response committed: the status line is all the client gets.
        }
    }
}
