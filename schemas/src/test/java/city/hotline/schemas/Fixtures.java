package city.hotline.schemas;

import java.time.Instant;
import java.util.List;

/** Records built in code, to test the codec apart from the example files. */
final class Fixtures {

    static final Instant RECEIVED = Instant.parse("2025-03-14T00:03:11.052Z");

    private Fixtures() {
    }

    static TicketSubmission moveCarSms() {
        return new TicketSubmission(Channel.SMS, "移车:闽D12345#蓝#湖滨南路与体育路口", "13800138001", null, "114", null, null);
    }

    static TicketReceived moveCarTicket() {
        return TicketReceived.from(moveCarSms(), new MoveCarRequest("闽D12345", "蓝", "湖滨南路与体育路口"), RECEIVED);
    }

    static TicketReceived theftTicket() {
        return new TicketReceived(Channel.CALL, "我的电动车停在小区楼下被偷了，车锁被剪断。", "13800138000",
                new Location("厦门市思明区莲前西路288号", 24.4712, 118.1408), "110", "CC-20250314-0917",
                List.of(new Attachment("https://media.city-hotline.example/call/0917.wav", "audio/wav")), null, RECEIVED);
    }

    static RoutingDecision moveCarDecision() {
        return new RoutingDecision("114", null, null, "TRAFFIC_POLICE", "闽D12345", "蓝", List.of(),
                List.of("move-car-sms"), List.of("车牌 闽D12345"), false, 0.98, "2025.03.1", 287, null);
    }

    static Envelope<TicketReceived> received(TicketReceived ticket) {
        return Envelope.of(EventType.TICKET_RECEIVED, "/intake/sms", "T20250314-000803", ticket, RECEIVED);
    }

    static Envelope<RoutedTicket> routed(EventType type, RoutingDecision decision) {
        return Envelope.of(type, "/router", "T20250314-000803", new RoutedTicket(moveCarTicket(), decision),
                RECEIVED.plusMillis(1));
    }
}
