package city.hotline.router.security;

import city.hotline.router.web.Problems;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Refuses a sign-in attempt (HTTP Basic, or the page's form) with 429 and {@code Retry-After} while its account
 * and address, or its address alone, are over the failure limit: the password is then not even checked, so
 * the fiftieth guess that happens to be right does not get in.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

    static final String PROBLEM_TYPE = "too-many-sign-in-failures";
    private static final String BASIC = "Basic ";

    private final SignInAttempts attempts;
    private final JsonMapper json;
    private final Counter refused;

    SignInThrottleFilter(SignInAttempts attempts, JsonMapper json, MeterRegistry meters) {
        this.attempts = attempts;
        this.json = json;
        this.refused = Counter.builder("hotline.signin.throttled")
                .description("sign-in attempts refused unchecked because of earlier failures").register(meters);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> wait = attemptedAccount(request)
                .flatMap(account -> attempts.retryAfter(account, request.getRemoteAddr()));
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        refused.increment();
        long seconds = Math.max(1, wait.get().toSeconds());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        Problems.write(response, json, HttpStatus.TOO_MANY_REQUESTS, PROBLEM_TYPE,
                "too many failed sign-ins; try again in " + seconds + " s");
    }

    /** The account a request tries to sign in as, if it tries: Basic credentials, or the sign-in form. */
    static Optional<String> attemptedAccount(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            try {
                String credentials = new String(Base64.getDecoder().decode(authorization.substring(BASIC.length()).trim()),
                        StandardCharsets.UTF_8);
                int colon = credentials.indexOf(':');
                return colon < 0 ? Optional.empty() : Optional.of(credentials.substring(0, colon));
            } catch (IllegalArgumentException notBase64) {
                return Optional.empty(); // Spring's Basic filter answers it
            }
        }
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
            return Optional.ofNullable(request.getParameter("username"));
        }
        return Optional.empty();
    }
}
