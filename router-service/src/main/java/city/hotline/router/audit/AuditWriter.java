package city.hotline.router.audit;

import city.hotline.router.kafka.Topics;
import city.hotline.router.privacy.PhoneMasker;
import city.hotline.schemas.Envelope;
import city.hotline.schemas.Escalation;
import city.hotline.schemas.EventCodec;
import city.hotline.schemas.EventType;
import city.hotline.schemas.InvalidEventException;
import city.hotline.schemas.RoutedTicket;
import city.hotline.schemas.RoutingDecision;
import city.hotline.schemas.TicketFeedback;
import city.hotline.schemas.TicketReceived;
import city.hotline.schemas.TicketTrack;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;

/**
 * Writes one event of an audited topic into the store. Every write is keyed by the event id and does nothing
 * for an id already stored, so the live feed, a restart and a rebuild can all read the same records again.
 * The state table keeps the newest view of a ticket, whatever order the views arrive in. Free text (the
 * ticket's text and address, partners' details) is masked again here, whatever the producer did: the store
 * must hold no number in clear.
 */
public class AuditWriter {

    private final JdbcClient jdbc;
    private final EventCodec codec;
    private final JsonMapper json;

    public AuditWriter(JdbcClient jdbc, EventCodec codec) {
        this.jdbc = jdbc;
        this.codec = codec;
        this.json = codec.mapper();
    }

    /**
     * @throws InvalidEventException for a record that is not a valid event of its topic
     * @throws org.springframework.dao.DataAccessException when the database does not take it
     */
    public void write(String topic, byte[] bytes) {
        if (topic.equals(Topics.ROUTING_DECISIONS.topicName())) {
            decision(codec.decode(bytes, EventType.ROUTING_DECIDED));
        } else if (topic.equals(Topics.TICKET_FEEDBACK.topicName())) {
            feedback(codec.decode(bytes, EventType.TICKET_FEEDBACK));
        } else if (topic.equals(Topics.TICKET_ESCALATIONS.topicName())) {
            escalation(codec.decode(bytes, EventType.TICKET_ESCALATED));
        } else if (topic.equals(Topics.TICKET_TRACKS.topicName())) {
            if (bytes != null) {
                state(codec.decode(bytes, EventType.TICKET_TRACKED));
            }
        } else {
            throw new IllegalArgumentException("the audit store does not read " + topic);
        }
    }

    private void decision(Envelope<RoutedTicket> event) {
        TicketReceived t = event.data().ticket();
        RoutingDecision d = event.data().decision();
        jdbc.sql("""
                INSERT INTO decision (event_id, ticket_id, decided_at, source, channel, dialled_line, received_at, taken_by,
                    caller_phone, text, address, latitude, longitude, external_id, line, category, item, department,
                    plate, plate_colour, also_notify, rules, matched_facts, needs_review, confidence, rulebase_version,
                    took_micros)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (event_id) DO NOTHING""")
                .params(event.id(), event.subject(), ts(event.time()), event.source(), t.channel().wireName(),
                        t.dialledLine(), ts(t.receivedAt()), t.takenBy(), t.callerPhone(), PhoneMasker.maskText(t.text()),
                        t.location() == null ? null : PhoneMasker.maskText(t.location().address()),
                        t.location() == null ? null : t.location().latitude(),
                        t.location() == null ? null : t.location().longitude(),
                        t.externalId(), d.line(), d.category(), d.item(), d.department(), d.plate(), d.plateColour(),
                        d.alsoNotify().toArray(String[]::new), d.rules().toArray(String[]::new),
                        d.matchedFacts().toArray(String[]::new), d.needsReview(), d.confidence(), d.rulebaseVersion(),
                        d.tookMicros())
                .update();
    }

    private void feedback(Envelope<TicketFeedback> event) {
        TicketFeedback f = event.data();
        ticketEvent(event, "feedback", f.line(), f.stage().wireName(), null, f.reason(), f.detail(), null, null, null);
    }

    private void escalation(Envelope<Escalation> event) {
        Escalation e = event.data();
        ticketEvent(event, "escalation", e.line(), null, e.action().wireName(), e.reason(), e.detail(), e.department(),
                e.overdueStage() == null ? null : e.overdueStage().name().toLowerCase(Locale.ROOT), e.dueAt());
    }

    private void ticketEvent(Envelope<?> event, String kind, String line, String stage, String action, String reason,
                             String detail, String department, String overdueStage, Instant dueAt) {
        jdbc.sql("""
                INSERT INTO ticket_event (event_id, ticket_id, at, kind, source, line, stage, action, reason, detail,
                    department, overdue_stage, due_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (event_id) DO NOTHING""")
                .params(event.id(), event.subject(), ts(event.time()), kind, event.source(), line, stage, action, reason,
                        PhoneMasker.maskText(detail), department, overdueStage, dueAt == null ? null : ts(dueAt))
                .update();
    }

    private void state(Envelope<TicketTrack> event) {
        TicketTrack track = event.data();
        jdbc.sql("""
                INSERT INTO ticket_state (ticket_id, event_id, updated_at, state, line, first_receiver, hops, deadlines)
                VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))
                ON CONFLICT (ticket_id) DO UPDATE SET event_id = EXCLUDED.event_id, updated_at = EXCLUDED.updated_at,
                    state = EXCLUDED.state, line = EXCLUDED.line, first_receiver = EXCLUDED.first_receiver,
                    hops = EXCLUDED.hops, deadlines = EXCLUDED.deadlines
                WHERE ticket_state.updated_at <= EXCLUDED.updated_at""")
                .params(event.subject(), event.id(), ts(track.updatedAt()), json.convertValue(track.state(), String.class),
                        track.line(), track.firstReceiver(), track.hops(), json.writeValueAsString(track.deadlines()))
                .update();
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
