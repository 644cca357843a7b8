package city.hotline.router.movecar.smsc;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * The in-process SMS centre of the embedded default: a real SMPP server that accepts the gateway's bind
 * (the credentials of {@code router.movecar.sms}), records every SMS and answers with delivery receipts.
 * Disable it in production and point {@code router.movecar.sms.host/port} at the operator's SMSC.
 *
 * @param enabled       whether to run it (and have the gateway use it instead of {@code router.movecar.sms.host})
 * @param port          its SMPP port; 0 picks a free one
 * @param receiptDelay  how long after a submit the delivery receipt is sent
 * @param receiptStatus the receipt's message state: DELIVRD, or a failure such as UNDELIV
 */
@ConfigurationProperties("router.movecar.smsc")
public record SmscProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("2775") int port,
        @DefaultValue("200ms") Duration receiptDelay,
        @DefaultValue("DELIVRD") String receiptStatus) {
}
