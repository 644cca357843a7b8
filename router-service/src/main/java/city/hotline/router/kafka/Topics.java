package city.hotline.router.kafka;

import city.hotline.schemas.Channel;

import java.util.Arrays;

/**
 * Every topic the router reads or writes, named once. All carry structured-mode CloudEvents keyed by
 * ticket id, so one ticket's events stay in order on one partition.
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
    ROUTE_114("route.114");

    private final String topicName;

    Topics(String topicName) {
        this.topicName = topicName;
    }

    public String topicName() {
        return topicName;
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

    public static String[] intakeTopicNames() {
        return new String[] {INTAKE_CALLS.topicName, INTAKE_TICKETS.topicName};
    }

    public static String[] allNames() {
        return Arrays.stream(values()).map(Topics::topicName).toArray(String[]::new);
    }
}
