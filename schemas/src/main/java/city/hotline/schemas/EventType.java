package city.hotline.schemas;

import java.net.URI;
import java.util.Optional;

/**
 * The CloudEvents {@code type}s we produce, each bound to its data schema and record, so
 * that the type string, the schema and the Java class cannot drift apart.
 */
public enum EventType {
    /** Intake accepted a ticket. Topics {@code intake.calls}, {@code intake.tickets}. */
    TICKET_RECEIVED("city.hotline.ticket.received", "ticket-received", TicketReceived.class),
    /** The rules decided where a ticket goes. Topic {@code routing.decisions}. */
    ROUTING_DECIDED("city.hotline.routing.decided", "routing-decided", RoutedTicket.class),
    /** A ticket was handed to its line. Topics {@code route.110}, {@code route.12345}, {@code route.114}. */
    TICKET_ROUTED("city.hotline.ticket.routed", "ticket-routed", RoutedTicket.class),
    /** What happened to a ticket at its line (notified, delivered, failed, moved, closed...). Topic {@code ticket.feedback}. */
    TICKET_FEEDBACK("city.hotline.ticket.feedback", "ticket-feedback", TicketFeedback.class),
    /** A ticket handed to a patrol or a supervisor. Topic {@code ticket.escalations}. */
    TICKET_ESCALATED("city.hotline.ticket.escalated", "ticket-escalated", Escalation.class),
    /** A text for the channel adapter to send back to the citizen. Topic {@code channel.replies}. */
    CHANNEL_REPLY("city.hotline.channel.reply", "channel-reply", ChannelReply.class),
    /** A vehicle of the registry, keyed by plate. Compacted topic {@code vehicle.registry}. */
    VEHICLE_REGISTERED("city.hotline.vehicle.registered", "vehicle-registered", VehicleRegistration.class),
    /** Text a vehicle's owner. Topic {@code movecar.sms.requests}. */
    SMS_REQUESTED("city.hotline.sms.requested", "sms-requested", SmsRequest.class),
    /** A delivery receipt from the SMS centre, keyed by its message id. Topic {@code movecar.sms.receipts}. */
    SMS_RECEIPT("city.hotline.sms.receipt", "sms-receipt", SmsReceipt.class),
    /** An SMS submit result, a matched receipt or a moved confirmation. Topic {@code movecar.updates}. */
    MOVECAR_UPDATED("city.hotline.movecar.updated", "movecar-updated", MoveCarUpdate.class),
    /** A checked rulebase (catalogue, and DRL files that differ from the jar's) released to every instance. Compacted topic {@code rulebase.releases}. */
    RULEBASE_RELEASED("city.hotline.rulebase.released", "rulebase-released", RulebaseRelease.class),
    /** The loop tracker's state and timeline of a ticket. Compacted topic {@code ticket.tracks}. */
    TICKET_TRACKED("city.hotline.ticket.tracked", "ticket-tracked", TicketTrack.class),
    /** A ticket handed to a partner platform with its deadlines. Topics {@code exchange.110}, {@code exchange.12345}. */
    WORK_ORDER("city.hotline.exchange.work-order", "work-order", WorkOrder.class),
    /** A partner missed a deadline (催办). Topics {@code exchange.110}, {@code exchange.12345}. */
    REMINDER("city.hotline.exchange.reminder", "reminder", Reminder.class),
    /** What became of a matter, for the line that first received it. Topics {@code exchange.110}, {@code exchange.12345}. */
    TRANSFER_OUTCOME("city.hotline.exchange.outcome", "transfer-outcome", TransferOutcome.class),
    /** Feedback the loop did not apply, for the line that posted it. Topics {@code exchange.110}, {@code exchange.12345}. */
    FEEDBACK_REFUSED("city.hotline.ticket.feedback-refused", "feedback-refused", FeedbackRefusal.class),
    /** One-key transfer or three-way call for the CTI. Topic {@code telephony.commands}. */
    TELEPHONY_COMMAND("city.hotline.telephony.command", "telephony-command", TelephonyCommand.class);

    /**
     * The data schema major version this code writes and reads (the {@code schemaversion}
     * extension attribute). Bump it only for incompatible changes, and keep reading the old one.
     */
    public static final String SCHEMA_VERSION = "1";

    private final String type;
    private final String schemaName;
    private final URI dataSchema;
    private final Class<?> dataClass;

    EventType(String type, String schemaName, Class<?> dataClass) {
        this.type = type;
        this.schemaName = schemaName;
        this.dataSchema = SchemaValidator.schemaId(schemaName);
        this.dataClass = dataClass;
    }

    /** The CloudEvents {@code type} attribute. */
    public String type() {
        return type;
    }

    /** The file name of the data schema without {@code .schema.json}; also the examples folder. */
    public String schemaName() {
        return schemaName;
    }

    /** The {@code $id} of the data schema; the value of the {@code dataschema} attribute. */
    public URI dataSchema() {
        return dataSchema;
    }

    public Class<?> dataClass() {
        return dataClass;
    }

    public static Optional<EventType> fromType(String type) {
        for (EventType candidate : values()) {
            if (candidate.type.equals(type)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
