package city.hotline.schemas;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The data of {@code city.hotline.ticket.received}: the submission as intake accepted it,
 * plus what intake adds. It repeats the submission's fields instead of nesting a
 * {@link TicketSubmission} so that the ticket stays one flat object in every later event.
 *
 * @param moveCar    the parsed move-car SMS, or null when the text is not one
 * @param receivedAt when intake accepted the ticket; the clock the service-level timers start from
 * @param takenBy    the account that submitted the ticket through the API (an agent), or null: an agent may
 *                   read the tickets it took
 */
public record TicketReceived(
        Channel channel,
        String text,
        String callerPhone,
        Location location,
        String dialledLine,
        String externalId,
        List<Attachment> attachments,
        MoveCarRequest moveCar,
        Instant receivedAt,
        String takenBy) {

    public TicketReceived {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A ticket from an adapter, not taken by a signed-in agent. */
    public TicketReceived(Channel channel, String text, String callerPhone, Location location, String dialledLine,
                          String externalId, List<Attachment> attachments, MoveCarRequest moveCar, Instant receivedAt) {
        this(channel, text, callerPhone, location, dialledLine, externalId, attachments, moveCar, receivedAt, null);
    }

    public TicketReceived takenBy(String account) {
        return new TicketReceived(channel, text, callerPhone, location, dialledLine, externalId, attachments, moveCar,
                receivedAt, account);
    }

    public static TicketReceived from(TicketSubmission s, MoveCarRequest moveCar, Instant receivedAt) {
        Objects.requireNonNull(s, "submission");
        return new TicketReceived(s.channel(), s.text(), s.callerPhone(), s.location(), s.dialledLine(),
                s.externalId(), s.attachments(), moveCar, receivedAt);
    }
}
