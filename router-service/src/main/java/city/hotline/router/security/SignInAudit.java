package city.hotline.router.security;

import city.hotline.router.privacy.PhoneMasker;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Logs every failed sign-in (account masked as any text is, with its address and how many failures the pair
 * has in the window), counts it, and feeds the throttle; a successful one clears its pair's count.
 */
final class SignInAudit {

    private static final Logger log = LoggerFactory.getLogger(SignInAudit.class);
    private static final String UNKNOWN_ADDRESS = "unknown";

    private final SignInAttempts attempts;
    private final Counter failures;

    SignInAudit(SignInAttempts attempts, MeterRegistry meters) {
        this.attempts = attempts;
        this.failures = Counter.builder("hotline.signin.failures").description("failed sign-ins").register(meters);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String account = event.getAuthentication().getName();
        String address = addressOf(event.getAuthentication());
        int inWindow = attempts.failed(account, address);
        failures.increment();
        log.warn("Sign-in failed for account {} from {} ({}; {} failures of this account from this address in the window)",
                PhoneMasker.maskText(account), address, event.getException().getClass().getSimpleName(), inWindow);
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        attempts.succeeded(event.getAuthentication().getName(), addressOf(event.getAuthentication()));
    }

    private static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : UNKNOWN_ADDRESS;
    }
}
