package city.hotline.router.intake;

import city.hotline.schemas.Channel;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ticket ids. A ticket that arrives with the sending system's own id ({@code externalId}: a CTI call id, a
 * 12345 work-order number) gets a name-based id derived from it, so the same external id submitted twice
 * (a retry, a double click) is the same ticket; the router then routes it once.
 */
final class TicketIds {

    private TicketIds() {
    }

    static String assign(Channel channel, String externalId) {
        if (externalId == null) {
            return UUID.randomUUID().toString();
        }
        return UUID.nameUUIDFromBytes((channel.wireName() + ':' + externalId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
