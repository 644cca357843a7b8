package city.hotline.router.security;

import city.hotline.router.RouterOnEmbeddedKafka;
import city.hotline.router.RouterTestSupport;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Over HTTP, on the running application: guessing a password stops working after five wrong guesses. */
@RouterOnEmbeddedKafka
class SignInThrottleTest extends RouterTestSupport {

    @Test
    void afterFiveWrongPasswordsEvenTheRightOneIsRefusedWith429AndRetryAfter() {
        Account guessing = new Account(Account.THROTTLE_PROBE.name(), "wrong-guess");
        for (int i = 0; i < 5; i++) {
            assertThat(get("/api/v1/tickets/no-such-ticket", guessing).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> refused = get("/api/v1/tickets/no-such-ticket", Account.THROTTLE_PROBE);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                seconds -> assertThat(Long.parseLong(seconds)).isBetween(1L, 600L));
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body()).contains("\"type\":\"https://city-hotline.example/problems/too-many-sign-in-failures\"")
                .contains("\"status\":429");
        // Another account from the same address is not locked out by them.
        assertThat(get("/api/v1/tickets/no-such-ticket", Account.AGENT).statusCode()).isEqualTo(404);
    }

    @Test
    void aFailedSignInIsCountedForMonitoring() {
        get("/api/v1/tickets/no-such-ticket", new Account("nobody-by-this-name", "x"));
        assertThat(get("/actuator/prometheus").body()).containsPattern("hotline_signin_failures_total(\\{[^}]*\\})? [1-9]");
    }
}
