package city.hotline.router.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Failed sign-ins per (account, address) pair and per address, in a sliding window. A key over its limit is
 * refused until its oldest failure in the window ages out. Thread-safe; bounded by
 * {@link SignInThrottleProperties#trackedKeys()} (Caffeine evicts the least used keys beyond it).
 */
final class SignInAttempts {

    private final SignInThrottleProperties limits;
    private final Clock clock;
    private final Cache<String, Deque<Instant>> failures;

    SignInAttempts(SignInThrottleProperties limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
        this.failures = Caffeine.newBuilder().maximumSize(limits.trackedKeys()).expireAfterAccess(limits.window()).build();
    }

    /** How long this account must wait before it may try again from this address; empty when it may now. */
    Optional<Duration> retryAfter(String account, String address) {
        Instant now = clock.instant();
        return longer(wait(pair(account, address), limits.maxFailuresPerAccount(), now),
                wait(address(address), limits.maxFailuresPerAddress(), now));
    }

    /** @return the failures of this pair now in the window, this one included */
    int failed(String account, String address) {
        Instant now = clock.instant();
        record(address(address), now);
        return record(pair(account, address), now);
    }

    /** A right password clears the pair's failures (not the address's: a sprayer may know one password). */
    void succeeded(String account, String address) {
        failures.invalidate(pair(account, address));
    }

    private int record(String key, Instant now) {
        Deque<Instant> times = failures.get(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
            return times.size();
        }
    }

    private Optional<Duration> wait(String key, int limit, Instant now) {
        Deque<Instant> times = failures.getIfPresent(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < limit) {
                return Optional.empty();
            }
            // Refused until enough failures age out to bring the count under the limit.
            Instant freed = times.stream().skip(times.size() - limit).findFirst().orElseThrow().plus(limits.window());
            return Optional.of(Duration.between(now, freed));
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant oldest = now.minus(limits.window());
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldest)) {
            times.removeFirst();
        }
    }

    private static Optional<Duration> longer(Optional<Duration> one, Optional<Duration> other) {
        if (one.isEmpty()) {
            return other;
        }
        return other.filter(wait -> wait.compareTo(one.get()) > 0).or(() -> one);
    }

    private static String pair(String account, String address) {
        return "account:" + account + "@" + address;
    }

    private static String address(String address) {
        return "address:" + address;
    }
}
