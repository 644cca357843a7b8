package city.hotline.router.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How many failed sign-ins are let through before a password is no longer even tried.
 *
 * @param maxFailuresPerAccount failures of one account from one address within the window; counted per pair, so
 *                              that someone elsewhere cannot lock a supervisor out by typing wrong passwords
 * @param maxFailuresPerAddress failures from one address within the window, whatever the accounts (password
 *                              spraying)
 * @param window                how long a failure counts
 * @param trackedKeys           at most this many (account, address) pairs and addresses are remembered
 */
@ConfigurationProperties("router.security.sign-in")
public record SignInThrottleProperties(
        @DefaultValue("5") int maxFailuresPerAccount,
        @DefaultValue("20") int maxFailuresPerAddress,
        @DefaultValue("10m") Duration window,
        @DefaultValue("100000") int trackedKeys) {
}
