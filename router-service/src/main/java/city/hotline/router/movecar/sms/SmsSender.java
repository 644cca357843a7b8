package city.hotline.router.movecar.sms;

import city.hotline.router.movecar.MoveCarMetrics;
import city.hotline.router.movecar.registry.RegistryUnavailableException;
import city.hotline.router.movecar.registry.VehicleRegistry;
import city.hotline.router.privacy.PhoneMasker;
import city.hotline.schemas.MoveCarUpdate;
import city.hotline.schemas.SmsRequest;
import city.hotline.schemas.VehicleRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Sends one requested SMS and says how it went. The owner's number is looked up in the registry now, used for
 * the submit and forgotten. An unreachable SMS centre is retried with a doubling backoff until
 * {@code sendDeadline} after intake; then the request is given up ({@code sms-not-sent}) and the ticket goes
 * to a patrol. Idempotent per request id within this process (see {@link SubmittedRequests}).
 */
public class SmsSender {

    private static final Logger log = LoggerFactory.getLogger(SmsSender.class);

    private final SmsGateway gateway;
    private final VehicleRegistry registry;
    private final SmsProperties properties;
    private final SubmittedRequests submitted;
    private final MoveCarMetrics metrics;
    private final Clock clock;

    public SmsSender(SmsGateway gateway, VehicleRegistry registry, SmsProperties properties, MoveCarMetrics metrics,
                     Clock clock) {
        this.gateway = gateway;
        this.registry = registry;
        this.properties = properties;
        this.submitted = new SubmittedRequests(100_000);
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * @return {@code sms-submitted} with the centre's message id, or {@code sms-not-sent} with the reason
     * @throws InterruptedException when the application stops mid-retry: the request is then not answered,
     *                              and is sent after the restart
     */
    public MoveCarUpdate send(String ticketId, SmsRequest request) throws InterruptedException {
        Optional<String> earlier = submitted.messageIdOf(request.requestId());
        if (earlier.isPresent()) {
            log.info("SMS request {} of ticket {} was already submitted as {}; not texting the owner again",
                    request.requestId(), ticketId, earlier.get());
            return MoveCarUpdate.submitted(request.requestId(), earlier.get());
        }
        Instant deadline = request.receivedAt().plus(properties.sendDeadline());
        Duration backoff = properties.retryBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                Optional<VehicleRegistration> owner = registry.find(request.plate());
                if (owner.isEmpty()) {
                    metrics.smsNotSent("OWNER_NOT_REGISTERED");
                    return MoveCarUpdate.notSent(request.requestId(), "OWNER_NOT_REGISTERED",
                            "plate " + request.plate() + " left the registry before the SMS was sent");
                }
                String messageId = gateway.submit(owner.get().ownerPhone(), request.text());
                submitted.submitted(request.requestId(), messageId);
                metrics.smsSubmitted(Duration.between(request.receivedAt(), clock.instant()));
                log.info("Move-car SMS for ticket {} submitted to the owner of {} ({}) as message {}", ticketId,
                        request.plate(), PhoneMasker.mask(owner.get().ownerPhone()), messageId);
                return MoveCarUpdate.submitted(request.requestId(), messageId);
            } catch (SmsRejectedException e) {
                metrics.smsNotSent("SMS_REJECTED");
                log.warn("Move-car SMS for ticket {} refused by the SMSC: {}", ticketId, e.getMessage());
                return MoveCarUpdate.notSent(request.requestId(), "SMS_REJECTED", shorten(e.getMessage()));
            } catch (SmscUnavailableException | RegistryUnavailableException e) {
                metrics.smsAttemptFailed();
                if (clock.instant().plus(backoff).isAfter(deadline)) {
                    metrics.smsNotSent("SMSC_UNAVAILABLE");
                    log.warn("Move-car SMS for ticket {} given up after {} attempts: {}", ticketId, attempt, e.getMessage());
                    return MoveCarUpdate.notSent(request.requestId(), "SMSC_UNAVAILABLE",
                            "not sent within %d s of intake (%d attempts): %s".formatted(
                                    properties.sendDeadline().toSeconds(), attempt, shorten(e.getMessage())));
                }
                log.info("Move-car SMS for ticket {}: attempt {} failed ({}); retrying in {} ms", ticketId, attempt,
                        e.getMessage(), backoff.toMillis());
                Thread.sleep(backoff.toMillis());
                backoff = min(backoff.multipliedBy(2), properties.maxRetryBackoff());
            }
        }
    }

    /** Exception texts from the network can be long; an event's detail holds 500 characters. */
    private static String shorten(String message) {
        return message == null || message.length() <= 300 ? message : message.substring(0, 299) + "…";
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
