package city.hotline.router.supervision;

import city.hotline.router.audit.AuditWriter;
import city.hotline.router.kafka.Topics;
import city.hotline.router.privacy.PhoneMasker;
import city.hotline.schemas.Channel;
import city.hotline.schemas.Deadline;
import city.hotline.schemas.DeadlineKind;
import city.hotline.schemas.DeadlineStatus;
import city.hotline.schemas.Envelope;
import city.hotline.schemas.Escalation;
import city.hotline.schemas.EscalationAction;
import city.hotline.schemas.EventCodec;
import city.hotline.schemas.EventType;
import city.hotline.schemas.FeedbackStage;
import city.hotline.schemas.Location;
import city.hotline.schemas.RoutedTicket;
import city.hotline.schemas.RoutingDecision;
import city.hotline.schemas.TicketFeedback;
import city.hotline.schemas.TicketReceived;
import city.hotline.schemas.TicketState;
import city.hotline.schemas.TicketTrack;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A known synthetic day in the audit store, Monday 2026-11-23 in Xiamen, and a few tickets around it, written as
 * the router, the loop tracker and the lines would: decisions masked by the router's audit copy, events with fixed
 * ids. The tests count by hand from the table below.
 *
 * <pre>
 * ticket   local time  dialled  decided                          state     deadlines (line: kind status)
 * T110A    23rd 09:00  110      110 cat 2                        accepted  110: receive met, accept met, feedback pending*
 * T110B    23rd 00:30  110      110 cat 2 PUBLIC_SECURITY        closed    110: accept met, finish overdue
 * T110C    23rd 10:00  110      12345 TI001 HOUSING              accepted  12345: accept overdue, finish pending (past)
 * T12345A  23rd 11:00  12345    12345 TI002 URBAN_MGMT           handled   12345: accept met, feedback met, finish pending*
 * T12345B  23rd 12:00  12345    110 cat 6 TI101                  accepted  110: receive met, accept met
 * T110D    23rd 13:00  110      110 cat 2 PUBLIC_SECURITY,       accepted  110: receive met, accept cancelled;
 *                               re-routed at 14:00 to 12345                12345: accept met
 * T114A    23rd 16:00  114      114, notified                    closed    none
 * T114B    23rd 17:00  114      114, notified                    -
 * T114C    23rd 18:30  114      114, failed, escalated on-site   -
 * T110E    23rd 20:00  110      110 cat 4                        received  110: receive met, accept overdue
 * T12345D  22nd 23:30  12345    12345 TI003 WATER                -
 * T110F    25th 10:00  110      110 cat 1                        -
 * T12345C  30th 09:00  12345    12345 TI002 URBAN_MGMT           -
 * (* due after {@link #NOW}; -: the tracker never reported the ticket)
 * </pre>
 * Addresses: 思明区 for T110A (厦门市思明区…), T110B, T12345B and T114B (whose address carries a mobile number in
 * clear); 湖里区 for T110C, T12345A (厦门市湖里区…), T110D, T12345C and T12345D; 湖滨南路与体育路口 (no district) for
 * T114A; 长泰县 for T110F; none for T114C and T110E.
 * Escalations: T110C supervise (23rd 18:00), T114C on-site (23rd 18:35, its detail carries a mobile number),
 * T110E supervise (24th 08:00).
 */
final class KnownDay {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate DAY = LocalDate.of(2026, 11, 23);
    static final Instant NOW = at("2026-11-24T12:00");
    static final String RULEBASE = "2026.11.1";
    static final String NEWER_RULEBASE = "2026.11.2";

    static final String T110A = "T110A";
    static final String T110B = "T110B";
    static final String T110C = "T110C";
    static final String T110D = "T110D";
    static final String T110E = "T110E";
    static final String T110F = "T110F";
    static final String T12345A = "T12345A";
    static final String T12345B = "T12345B";
    static final String T12345C = "T12345C";
    static final String T12345D = "T12345D";
    static final String T114A = "T114A";
    static final String T114B = "T114B";
    static final String T114C = "T114C";

    private static final String ROUTER = "/hotline/router";
    private static final String LOOP = "/hotline/loop";

    private final AuditWriter writer;
    private final EventCodec codec;

    private KnownDay(AuditWriter writer, EventCodec codec) {
        this.writer = writer;
        this.codec = codec;
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
    }

    static void writeTo(AuditWriter writer, EventCodec codec) {
        new KnownDay(writer, codec).write();
    }

    private void write() {
        routed(T110A, ticket("2026-11-23T09:00", Channel.CALL, "110", "两个人在烧烤店门口打架，已经动手了", "13800001111",
                "厦门市思明区湖滨南路88号"), police(2, null, null, List.of("POLICE_FIGHT"), List.of("打架", "已经动手")));
        track(T110A, TicketState.ACCEPTED, "110", "110", 1,
                deadline(DeadlineKind.RECEIVE, "110", "2026-11-23T09:15", "15m", DeadlineStatus.MET),
                deadline(DeadlineKind.ACCEPT, "110", "2026-11-23T09:30", "30m", DeadlineStatus.MET),
                deadline(DeadlineKind.FEEDBACK, "110", "2026-11-25T09:00", "2h", DeadlineStatus.PENDING));

        routed(T110B, ticket("2026-11-23T00:30", Channel.CALL, "110", "楼下有人醉酒闹事砸东西", "13800002222", "思明区莲前西路2号"),
                police(2, null, "PUBLIC_SECURITY", List.of("POLICE_DRUNK_TROUBLE"), List.of("醉酒", "闹事")));
        track(T110B, TicketState.CLOSED, "110", "110", 1,
                deadline(DeadlineKind.ACCEPT, "110", "2026-11-23T01:00", "30m", DeadlineStatus.MET),
                deadline(DeadlineKind.FINISH, "110", "2026-11-23T23:59", "1d", DeadlineStatus.OVERDUE));

        routed(T110C, ticket("2026-11-23T10:00", Channel.CALL, "110", "邻居装修噪音太大，打电话13812345678也不接",
                "13900001111", "湖里区金山路5号"), hotline("TI001", "HOUSING", List.of("TRANSFER_TI001"), List.of("装修噪音")));
        track(T110C, TicketState.ACCEPTED, "12345", "110", 1,
                deadline(DeadlineKind.ACCEPT, "12345", "2026-11-23T18:00", "1wd", DeadlineStatus.OVERDUE),
                deadline(DeadlineKind.FINISH, "12345", "2026-11-24T00:00", "3d", DeadlineStatus.PENDING));
        escalation(T110C, "2026-11-23T18:00:05", new Escalation("12345", EscalationAction.SUPERVISE, "HOUSING",
                "OVERDUE_ACCEPT", "受理超时，已督办", null, null, null, DeadlineKind.ACCEPT, at("2026-11-23T18:00")));

        routed(T12345A, ticket("2026-11-23T11:00", Channel.WECHAT, "12345", "KTV noise every night after midnight",
                null, "厦门市湖里区仙岳路100号"), hotline("TI002", "URBAN_MGMT", List.of("HOTLINE_NOISE"), List.of("noise")));
        track(T12345A, TicketState.HANDLED, "12345", "12345", 1,
                deadline(DeadlineKind.ACCEPT, "12345", "2026-11-24T00:00", "1wd", DeadlineStatus.MET),
                deadline(DeadlineKind.FEEDBACK, "12345", "2026-11-26T00:00", "3wd", DeadlineStatus.MET),
                deadline(DeadlineKind.FINISH, "12345", "2026-12-07T00:00", "10wd", DeadlineStatus.PENDING));

        routed(T12345B, ticket("2026-11-23T12:00", Channel.CALL, "12345", "我家老人走失了，有老年痴呆", "13800003333", "思明区中山路"),
                new RoutingDecision("110", 6, "TI101", null, null, null, List.of(),
                        List.of("POLICE_MISSING_PERSON", "TRANSFER_TI101"), List.of("老人走失"), false, 0.97,
                        NEWER_RULEBASE, 640, null));
        track(T12345B, TicketState.ACCEPTED, "110", "12345", 1,
                deadline(DeadlineKind.RECEIVE, "110", "2026-11-23T12:15", "15m", DeadlineStatus.MET),
                deadline(DeadlineKind.ACCEPT, "110", "2026-11-23T12:30", "30m", DeadlineStatus.MET));

        TicketReceived parking = ticket("2026-11-23T13:00", Channel.CALL, "110", "小区物业乱收停车费", "13800004444", "湖里区枋湖路");
        routed(T110D, parking,
                police(2, null, "PUBLIC_SECURITY", List.of("POLICE_PUBLIC_ORDER"), List.of("物业", "收费")));
        feedback(T110D, "f1", "2026-11-23T14:00", new TicketFeedback("110", FeedbackStage.REJECTED, "NOT_OURS", "不属于警情", null));
        decision(T110D, "d2", LOOP, at("2026-11-23T14:00:01"), parking, new RoutingDecision("12345", null, null, null, null,
                null, List.of(), List.of("REROUTE_ON_REJECTION"), List.of("110 退回: 不属于警情"), false, 1.0, RULEBASE, 0, null));
        feedback(T110D, "f2", "2026-11-23T15:00", TicketFeedback.of("12345", FeedbackStage.ACCEPTED, null, null));
        track(T110D, TicketState.ACCEPTED, "12345", "110", 2,
                deadline(DeadlineKind.RECEIVE, "110", "2026-11-23T13:15", "15m", DeadlineStatus.MET),
                deadline(DeadlineKind.ACCEPT, "110", "2026-11-23T13:30", "30m", DeadlineStatus.CANCELLED),
                deadline(DeadlineKind.ACCEPT, "12345", "2026-11-24T00:00", "1wd", DeadlineStatus.MET));

        routed(T114A, ticket("2026-11-23T16:00", Channel.SMS, "114", "移车:闽D12345#蓝#湖滨南路与体育路口", "13700002222",
                "湖滨南路与体育路口"), moveCar("闽D12345", List.of("MOVECAR_SMS")));
        feedback(T114A, "f1", "2026-11-23T16:01", TicketFeedback.of("114", FeedbackStage.NOTIFIED, null, "短信已提交"));
        feedback(T114A, "f2", "2026-11-23T16:02", TicketFeedback.of("114", FeedbackStage.DELIVERED, null, null));
        track(T114A, TicketState.CLOSED, "114", "114", 1);

        routed(T114B, ticket("2026-11-23T17:00", Channel.CALL, "114", "有车堵住我家车库门口了 闽D54321", "13700003333",
                "思明区软件园二期观日路 联系人13612345678"), moveCar("闽D54321", List.of("MOVECAR_CALL")));
        feedback(T114B, "f1", "2026-11-23T17:01", TicketFeedback.of("114", FeedbackStage.NOTIFIED, null, null));

        routed(T114C, ticket("2026-11-23T18:30", Channel.CALL, "114", "车被堵了，车牌看不清", "13700004444", null),
                moveCar(null, List.of("MOVECAR_CALL")));
        feedback(T114C, "f1", "2026-11-23T18:31", TicketFeedback.of("114", FeedbackStage.FAILED, "UNKNOWN_PLATE", null));
        escalation(T114C, "2026-11-23T18:35", Escalation.of("114", EscalationAction.ON_SITE, "TRAFFIC_POLICE",
                "UNKNOWN_PLATE", "车主无法联系，请派员到场，报警人13512345678", null, null, null));

        routed(T110E, ticket("2026-11-23T20:00", Channel.CALL, "110", "路口两车相撞，没人受伤", "13800005555", null),
                police(4, null, null, List.of("POLICE_TRAFFIC_ACCIDENT"), List.of("相撞")));
        track(T110E, TicketState.RECEIVED, "110", "110", 1,
                deadline(DeadlineKind.RECEIVE, "110", "2026-11-23T20:15", "15m", DeadlineStatus.MET),
                deadline(DeadlineKind.ACCEPT, "110", "2026-11-23T20:30", "30m", DeadlineStatus.OVERDUE));
        escalation(T110E, "2026-11-24T08:00", new Escalation("110", EscalationAction.SUPERVISE, "HOTLINE_SUPERVISION",
                "OVERDUE_ACCEPT", null, null, null, null, DeadlineKind.ACCEPT, at("2026-11-23T20:30")));

        routed(T12345D, ticket("2026-11-22T23:30", Channel.CALL, "12345", "小区停水一整天了", null, "湖里区江头"),
                hotline("TI003", "WATER", List.of("HOTLINE_WATER"), List.of("停水")));
        routed(T110F, ticket("2026-11-25T10:00", Channel.CALL, "110", "电动车被偷了", null, "长泰县武安镇"),
                police(1, null, null, List.of("POLICE_THEFT"), List.of("被偷")));
        routed(T12345C, ticket("2026-11-30T09:00", Channel.CALL, "12345", "晚上广场舞太吵", null, "湖里区五缘湾"),
                hotline("TI002", "URBAN_MGMT", List.of("HOTLINE_NOISE"), List.of("吵")));
    }

    private static TicketReceived ticket(String received, Channel channel, String dialled, String text, String phone,
                                         String address) {
        return new TicketReceived(channel, text, phone, address == null ? null : new Location(address, null, null),
                dialled, null, List.of(), null, at(received));
    }

    private static RoutingDecision police(int category, String item, String department, List<String> rules,
                                          List<String> facts) {
        return new RoutingDecision("110", category, item, department, null, null, List.of(), rules, facts, false, 0.9,
                RULEBASE, 900, null);
    }

    private static RoutingDecision hotline(String item, String department, List<String> rules, List<String> facts) {
        return new RoutingDecision("12345", null, item, department, null, null, List.of(), rules, facts, false, 0.8,
                RULEBASE, 1200, null);
    }

    private static RoutingDecision moveCar(String plate, List<String> rules) {
        return new RoutingDecision("114", null, null, "TRAFFIC_POLICE", plate, plate == null ? null : "蓝", List.of(),
                rules, List.of(), plate == null, 0.95, RULEBASE, 300, null);
    }

    private static Deadline deadline(DeadlineKind kind, String line, String due, String limit, DeadlineStatus status) {
        return new Deadline(kind, line, at(due), limit, status);
    }

    /** The router's decision, a second after intake received the ticket. */
    private void routed(String ticketId, TicketReceived ticket, RoutingDecision decision) {
        decision(ticketId, "d1", ROUTER, ticket.receivedAt().plusSeconds(1), ticket, decision);
    }

    /** A decision as the audit topic carries it: the ticket in the router's masked audit copy. */
    private void decision(String ticketId, String id, String source, Instant at, TicketReceived ticket,
                          RoutingDecision decision) {
        write(Topics.ROUTING_DECISIONS, Envelope.of(EventType.ROUTING_DECIDED, source, ticketId,
                new RoutedTicket(PhoneMasker.auditCopy(ticket), decision), at), ticketId + "-" + id);
    }

    private void feedback(String ticketId, String id, String at, TicketFeedback feedback) {
        write(Topics.TICKET_FEEDBACK, Envelope.of(EventType.TICKET_FEEDBACK, "/hotline/exchange/" + feedback.line(),
                ticketId, feedback, at(at)), ticketId + "-" + id);
    }

    private void escalation(String ticketId, String at, Escalation escalation) {
        write(Topics.TICKET_ESCALATIONS, Envelope.of(EventType.TICKET_ESCALATED, LOOP, ticketId, escalation, at(at)),
                ticketId + "-e1");
    }

    private void track(String ticketId, TicketState state, String line, String firstReceiver, int hops,
                       Deadline... deadlines) {
        Instant updated = at("2026-11-23T23:00");
        write(Topics.TICKET_TRACKS, Envelope.of(EventType.TICKET_TRACKED, LOOP, ticketId,
                new TicketTrack(state, line, firstReceiver, hops, List.of(deadlines), List.of(), updated), updated),
                ticketId + "-s");
    }

    private void write(Topics topic, Envelope<?> event, String id) {
        writer.write(topic.topicName(), codec.encode(event.withId(id)));
    }
}
