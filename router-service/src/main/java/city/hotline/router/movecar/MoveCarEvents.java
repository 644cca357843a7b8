package city.hotline.router.movecar;

import city.hotline.schemas.ChannelReply;
import city.hotline.schemas.Envelope;
import city.hotline.schemas.Escalation;
import city.hotline.schemas.EscalationAction;
import city.hotline.schemas.EventCodec;
import city.hotline.schemas.EventType;
import city.hotline.schemas.FeedbackStage;
import city.hotline.schemas.SmsRequest;
import city.hotline.schemas.TicketFeedback;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Record;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The events the move-car service publishes about a ticket, as records keyed by ticket id, ready to forward:
 * feedback for the loop, escalations for the traffic police, replies for the channel, SMS requests for the
 * sender. None carries a phone number.
 */
final class MoveCarEvents {

    static final String SOURCE = "/hotline/movecar";
    static final String LINE = "114";
    /** The move-car service is run with the traffic police; its escalations go to them. */
    static final String DEPARTMENT = "TRAFFIC_POLICE";

    private final MoveCarProperties.Replies replies;
    private final Clock clock;

    MoveCarEvents(MoveCarProperties.Replies replies, Clock clock) {
        this.replies = replies;
        this.clock = clock;
    }

    MoveCarProperties.Replies replies() {
        return replies;
    }

    Record<String, Object> feedback(String ticketId, FeedbackStage stage, String reason, String detail) {
        return record(ticketId, EventType.TICKET_FEEDBACK, TicketFeedback.of(LINE, stage, reason, detail));
    }

    Record<String, Object> reply(Incident incident, String text) {
        return record(incident.ticketId(), EventType.CHANNEL_REPLY,
                new ChannelReply(incident.channel(), text, incident.externalId()));
    }

    Record<String, Object> smsRequest(String ticketId, SmsRequest request) {
        return record(ticketId, EventType.SMS_REQUESTED, request);
    }

    /** The owner was not reached: the ticket failed at this stage, a patrol takes over, the caller is told. */
    List<Record<String, Object>> notReached(Incident incident, String reason, String detail, String replyText) {
        return List.of(feedback(incident.ticketId(), FeedbackStage.FAILED, reason, detail),
                escalation(incident, incident.escalation(), reason, detail),
                reply(incident, replyText));
    }

    /** A caller reporting many different plates: nobody is texted, a supervisor looks first. */
    List<Record<String, Object>> throttled(Incident incident, String detail) {
        return List.of(feedback(incident.ticketId(), FeedbackStage.THROTTLED, "HARASSMENT_SUSPECTED", detail),
                escalation(incident, EscalationAction.REVIEW, "HARASSMENT_SUSPECTED", detail),
                reply(incident, replies.throttled()));
    }

    /** The owner of this plate was texted within the dedup window for another ticket. */
    List<Record<String, Object>> duplicate(Incident incident, String firstTicketId, String detail) {
        return List.of(record(incident.ticketId(), EventType.TICKET_FEEDBACK, new TicketFeedback(LINE,
                        FeedbackStage.DUPLICATE, "ALREADY_NOTIFIED", detail, firstTicketId)),
                reply(incident, replies.duplicate()));
    }

    private Record<String, Object> escalation(Incident incident, EscalationAction action, String reason, String detail) {
        return record(incident.ticketId(), EventType.TICKET_ESCALATED, Escalation.of(LINE, action, DEPARTMENT, reason,
                detail, incident.place(), incident.plate(), incident.plateColour()));
    }

    private Record<String, Object> record(String ticketId, EventType type, Object data) {
        Instant now = clock.instant();
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", EventCodec.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        return new Record<>(ticketId, Envelope.of(type, SOURCE, ticketId, data, now), now.toEpochMilli(), headers);
    }
}
