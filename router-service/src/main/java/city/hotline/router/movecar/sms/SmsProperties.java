package city.hotline.router.movecar.sms;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The SMS gateway (an SMPP 3.4 client bound as transceiver) and the sender that drives it.
 *
 * @param host                 the SMS centre; ignored while the in-process SMSC is enabled (it is used instead)
 * @param port                 the SMS centre's SMPP port
 * @param systemId             the account at the SMS centre ({@code system_id} of the bind)
 * @param password             its password; set it from a secret in production
 * @param systemType           {@code system_type} of the bind, if the centre wants one
 * @param sourceAddress        the number the owner sees the SMS from (the 114 service number)
 * @param template             the SMS text; {@code {plate}} and {@code {place}} are replaced. Says where the car
 *                             is and that someone is waiting, never who is waiting
 * @param templateWithoutPlace the text when the caller gave no place
 * @param sendDeadline         how long after intake the sender keeps retrying an unreachable SMS centre before
 *                             it gives up and the ticket is escalated
 * @param retryBackoff         the first wait between attempts; it doubles up to {@code maxRetryBackoff}
 * @param maxRetryBackoff      the longest wait between attempts
 * @param responseTimeout      how long a submit_sm waits for the centre's answer
 * @param concurrency          submits in flight at once (the SMPP window)
 * @param receiptWindow        how long after a submit a delivery receipt is still matched to its ticket
 */
@ConfigurationProperties("router.movecar.sms")
public record SmsProperties(
        @DefaultValue("localhost") String host,
        @DefaultValue("2775") int port,
        @DefaultValue("hotline114") String systemId,
        String password,
        @DefaultValue("") String systemType,
        @DefaultValue("12114") String sourceAddress,
        @DefaultValue("【114挪车】您的车辆{plate}停在{place}，挡住了他人通行，有人正在等候，请尽快挪车。") String template,
        @DefaultValue("【114挪车】您的车辆{plate}挡住了他人通行，有人正在等候，请尽快挪车。") String templateWithoutPlace,
        @DefaultValue("60s") Duration sendDeadline,
        @DefaultValue("200ms") Duration retryBackoff,
        @DefaultValue("5s") Duration maxRetryBackoff,
        @DefaultValue("5s") Duration responseTimeout,
        @DefaultValue("8") int concurrency,
        @DefaultValue("24h") Duration receiptWindow) {
}
