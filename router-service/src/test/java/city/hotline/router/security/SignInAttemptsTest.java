package city.hotline.router.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class SignInAttemptsTest {

    private static final SignInThrottleProperties LIMITS = new SignInThrottleProperties(5, 20, Duration.ofMinutes(10), 1000);

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-04T08:00:00Z"));
    private final SignInAttempts attempts = new SignInAttempts(LIMITS, new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    });

    private void later(Duration by) {
        now.set(now.get().plus(by));
    }

    @Test
    void anAccountThatFailedFiveTimesFromAnAddressWaitsUntilTheFirstFailureAgesOut() {
        for (int i = 0; i < 5; i++) {
            assertThat(attempts.retryAfter("supervisor", "10.0.0.9")).isEmpty();
            attempts.failed("supervisor", "10.0.0.9");
            later(Duration.ofMinutes(1));
        }
        assertThat(attempts.retryAfter("supervisor", "10.0.0.9")).contains(Duration.ofMinutes(5));
        later(Duration.ofMinutes(5));
        assertThat(attempts.retryAfter("supervisor", "10.0.0.9")).isEmpty();
    }

    @Test
    void failuresFromElsewhereDoNotLockTheAccountOutHere() {
        for (int i = 0; i < 5; i++) {
            attempts.failed("supervisor", "203.0.113.7");
        }
        assertThat(attempts.retryAfter("supervisor", "203.0.113.7")).isPresent();
        assertThat(attempts.retryAfter("supervisor", "10.0.0.9")).isEmpty();
    }

    @Test
    void anAddressTryingManyAccountsIsRefusedForEveryAccount() {
        for (int i = 0; i < 20; i++) {
            attempts.failed("account-" + i, "203.0.113.7");
        }
        assertThat(attempts.retryAfter("someone-else", "203.0.113.7")).contains(Duration.ofMinutes(10));
        assertThat(attempts.retryAfter("someone-else", "10.0.0.9")).isEmpty();
    }

    @Test
    void theRightPasswordClearsThePairsFailuresButNotTheAddresss() {
        for (int i = 0; i < 4; i++) {
            attempts.failed("agent", "10.0.0.9");
        }
        attempts.succeeded("agent", "10.0.0.9");
        assertThat(attempts.failed("agent", "10.0.0.9")).isEqualTo(1);
        for (int i = 0; i < 15; i++) {
            attempts.failed("agent-" + i, "10.0.0.9");
        }
        assertThat(attempts.retryAfter("agent", "10.0.0.9")).as("20 failures from the address in all").isPresent();
    }
}
