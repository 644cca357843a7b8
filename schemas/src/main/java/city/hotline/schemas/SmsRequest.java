package city.hotline.schemas;

import java.time.Instant;

/**
 * The data of {@code city.hotline.sms.requested}: text the owner of this plate. It carries no phone number;
 * the sender looks the owner up in the registry when it sends.
 *
 * @param requestId  idempotency key: one SMS per request id
 * @param text       the SMS text, never a phone number (the schema refuses one)
 * @param place      where the vehicle stands, or null
 * @param channel    and {@code externalId}: where the caller's replies go
 * @param escalation what a patrol should do if the owner cannot be reached ({@code TOW} or {@code ON_SITE})
 * @param receivedAt when intake accepted the ticket
 */
public record SmsRequest(String requestId, String plate, String plateColour, String text, String place,
                         Channel channel, String externalId, EscalationAction escalation, Instant receivedAt) {
}
