package city.hotline.router.kafka;

import city.hotline.schemas.Channel;

import java.util.Arrays;

/**
 * Every topic the router reads or writes, named once. All carry structured-mode CloudEvents, keyed by
 * ticket id (so one ticket's events stay in order on one partition) unless the comment says otherwise.
 */
public enum Topics {
    /** Calls from telephony (CTI / IVR / speech-to-text). */
    INTAKE_CALLS("intake.calls"),
    /** Tickets from every other channel: SMS, WeChat, Open311, the 110/12345 exchange. */
    INTAKE_TICKETS("intake.tickets"),
    /** Intake records that failed to parse or validate, with their original bytes. */
    INTAKE_DLQ("intake.dlq"),
    /** Every routing decision, append-only: the audit trail. */
    ROUTING_DECISIONS("routing.decisions"),
    ROUTE_110("route.110"),
    ROUTE_12345("route.12345"),
    ROUTE_114("route.114"),
    /** What happened to each ticket at its line (any line): the loop tracker's input. */
    TICKET_FEEDBACK("ticket.feedback"),
    /** Tickets handed to a patrol or a supervisor (any line). */
    TICKET_ESCALATIONS("ticket.escalations"),
    /** Texts for the channel adapters to send back to citizens. */
    CHANNEL_REPLIES("channel.replies"),
    /** The vehicle registry, keyed by normalised plate; compacted, so the latest event per plate is the registry. */
    VEHICLE_REGISTRY("vehicle.registry", Cleanup.COMPACT),
    /** Move-car: "text the owner of this plate", exactly once per ticket. */
    MOVECAR_SMS_REQUESTS("movecar.sms.requests"),
    /** Move-car: delivery receipts as the SMS centre sent them, keyed by the centre's message id. */
    MOVECAR_SMS_RECEIPTS("movecar.sms.receipts"),
    /** Move-car: SMS submit results, matched receipts and "moved" confirmations, keyed by ticket id. */
    MOVECAR_UPDATES("movecar.updates"),
    /** Checked rulebases (a catalogue, and DRL files that differ from the jar's) for every instance; compacted, one key: the latest release. */
    RULEBASE_RELEASES("rulebase.releases", Cleanup.COMPACT),
    /** The loop tracker's state and timeline of each ticket; compacted, the latest per ticket is the read model. */
    TICKET_TRACKS("ticket.tracks", Cleanup.COMPACT),
    /** Everything for the police CAD: work orders, reminders, outcomes of its transfers, refused feedback. */
    EXCHANGE_110("exchange.110"),
    /** Everything for the 12345 work-order system, as {@link #EXCHANGE_110}. */
    EXCHANGE_12345("exchange.12345"),
    /** Records the loop tracker cannot read (invalid feedback above all), with their original bytes and the reason. */
    LOOP_DLQ("loop.dlq"),
    /** Records of the audited topics the audit store could not keep (not a valid event, or refused by the database), as {@link #LOOP_DLQ}. */
    AUDIT_DLQ("audit.dlq"),
    /** One-key transfer and three-way call commands for the call centre's CTI, keyed by ticket id. */
    TELEPHONY_COMMANDS("telephony.commands");

    /** How the broker discards old records of a topic. */
    public enum Cleanup {
        /** Kafka's default: by age. */
        DELETE,
        /** Keep the latest record per key, forever: a table, such as the vehicle registry. */
        COMPACT
    }

    private final String topicName;
    private final Cleanup cleanup;

    Topics(String topicName) {
        this(topicName, Cleanup.DELETE);
    }

    Topics(String topicName, Cleanup cleanup) {
        this.topicName = topicName;
        this.cleanup = cleanup;
    }

    public String topicName() {
        return topicName;
    }

    public Cleanup cleanup() {
        return cleanup;
    }

    public static Topics intakeFor(Channel channel) {
        return channel == Channel.CALL ? INTAKE_CALLS : INTAKE_TICKETS;
    }

    public static Topics routeFor(String line) {
        return switch (line) {
            case "110" -> ROUTE_110;
            case "12345" -> ROUTE_12345;
            case "114" -> ROUTE_114;
            default -> throw new IllegalArgumentException("No route topic for line " + line);
        };
    }

    /** The exchange topic of a partner platform: 110 or 12345 (114 has no partner; the move-car role handles it). */
    public static Topics exchangeFor(String line) {
        return switch (line) {
            case "110" -> EXCHANGE_110;
            case "12345" -> EXCHANGE_12345;
            default -> throw new IllegalArgumentException("No partner platform for line " + line);
        };
    }

    public static String[] routeTopicNames() {
        return new String[] {ROUTE_110.topicName, ROUTE_12345.topicName, ROUTE_114.topicName};
    }

    public static String[] intakeTopicNames() {
        return new String[] {INTAKE_CALLS.topicName, INTAKE_TICKETS.topicName};
    }

    public static String[] allNames() {
        return Arrays.stream(values()).map(Topics::topicName).toArray(String[]::new);
    }
}
