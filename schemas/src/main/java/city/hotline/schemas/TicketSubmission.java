package city.hotline.schemas;

import java.util.List;

/**
 * The body of {@code POST /api/v1/tickets}, as validated by {@code ticket-submission.schema.json}.
 * Only {@code channel} and {@code text} are required; everything else depends on the channel.
 *
 * @param dialledLine the line the citizen dialled ("110", "12345", "114"), if known; routing may still move it
 * @param externalId  the id in the channel's own system (e.g. the Open311 request id), for de-duplication
 * @param attachments never null: absent becomes an empty list, so consumers need no null check
 */
public record TicketSubmission(
        Channel channel,
        String text,
        String callerPhone,
        Location location,
        String dialledLine,
        String externalId,
        List<Attachment> attachments) {

    public TicketSubmission {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
