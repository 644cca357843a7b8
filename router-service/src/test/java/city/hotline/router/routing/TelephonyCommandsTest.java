package city.hotline.router.routing;

import city.hotline.schemas.Channel;
import city.hotline.schemas.Location;
import city.hotline.schemas.RoutingDecision;
import city.hotline.schemas.TelephonyAction;
import city.hotline.schemas.TelephonyCommand;
import city.hotline.schemas.TicketReceived;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TelephonyCommandsTest {

    @Test
    void aNonPoliceMatterCalledInOn110IsHandedTo12345ByOneKeyTransfer() {
        TelephonyCommand command = TelephonyCommands.forCall(call("110", "公司拖欠工资半年了"),
                decision("12345", null, List.of(), false)).orElseThrow();

        assertThat(command.action()).isEqualTo(TelephonyAction.ONE_KEY_TRANSFER);
        assertThat(command.fromLine()).isEqualTo("110");
        assertThat(command.toLine()).isEqualTo("12345");
        assertThat(command.callId()).isEqualTo("CTI-1");
        assertThat(command.urgent()).isFalse();
    }

    @Test
    void aCallerWhoMayBeInDangerIsKeptOnTheLineByAThreeWayCall() {
        assertThat(TelephonyCommands.forCall(call("12345", "有人打架"), decision("110", 2, List.of(), false)))
                .hasValueSatisfying(c -> assertThat(c.action()).isEqualTo(TelephonyAction.THREE_WAY_CALL))
                .hasValueSatisfying(c -> assertThat(c.urgent()).isTrue());
        assertThat(TelephonyCommands.forCall(call("12345", "楼道冒烟"), decision("110", null, List.of("119"), false)))
                .hasValueSatisfying(c -> assertThat(c.action()).isEqualTo(TelephonyAction.THREE_WAY_CALL));
    }

    @Test
    void aMatterWhoseLineIsUnclearGoesByThreeWayCallAsTheNationalRuleSays() {
        assertThat(TelephonyCommands.forCall(call("110", "说不清楚"), decision("12345", null, List.of(), true)))
                .hasValueSatisfying(c -> assertThat(c.action()).isEqualTo(TelephonyAction.THREE_WAY_CALL));
    }

    @Test
    void aPoliceMisconductReportIsTransferredWithoutKeepingTheCaller() {
        assertThat(TelephonyCommands.forCall(call("12345", "派出所民警收钱"), decision("110", 7, List.of(), false)))
                .hasValueSatisfying(c -> assertThat(c.action()).isEqualTo(TelephonyAction.ONE_KEY_TRANSFER));
    }

    @Test
    void noCommandForACallThatStaysOnItsLineOrForATextMessage() {
        assertThat(TelephonyCommands.forCall(call("110", "有人打架"), decision("110", 2, List.of(), false))).isEmpty();
        TicketReceived sms = new TicketReceived(Channel.SMS, "公司拖欠工资", null, null, "110", null, List.of(), null, Instant.now());
        assertThat(TelephonyCommands.forCall(sms, decision("12345", null, List.of(), false))).isEmpty();
        TicketReceived noDialledLine = new TicketReceived(Channel.CALL, "公司拖欠工资", null, null, null, null, List.of(), null, Instant.now());
        assertThat(TelephonyCommands.forCall(noDialledLine, decision("12345", null, List.of(), false))).isEmpty();
    }

    @Test
    void theSummaryLeadsWithTheClassificationAndPlaceAndMasksNumbers() {
        TicketReceived ticket = new TicketReceived(Channel.CALL, "  工地   半夜施工，打我电话13800138000  ", "13800138000",
                new Location("莲前西路288号", null, null), "110", "CTI-2", List.of(), null, Instant.now());
        RoutingDecision decision = new RoutingDecision("12345", null, "TI001", "URBAN_MGMT", null, null, List.of(),
                List.of("r"), List.of(), false, 0.9, "v", 1, null);

        String summary = TelephonyCommands.forCall(ticket, decision).orElseThrow().summary();

        assertThat(summary).isEqualTo("[事项TI001 URBAN_MGMT 转自110] 莲前西路288号：工地 半夜施工，打我电话138****8000");
    }

    @Test
    void aLongSummaryIsCutTo200Characters() {
        String summary = TelephonyCommands.forCall(call("110", "很".repeat(500)), decision("12345", null, List.of(), false))
                .orElseThrow().summary();

        assertThat(summary).hasSize(200).endsWith("…");
    }

    private static TicketReceived call(String dialled, String text) {
        return new TicketReceived(Channel.CALL, text, "13800138000", null, dialled, "CTI-1", List.of(), null, Instant.now());
    }

    private static RoutingDecision decision(String line, Integer category, List<String> alsoNotify, boolean needsReview) {
        return new RoutingDecision(line, category, null, null, null, null, alsoNotify, List.of("r"), List.of(),
                needsReview, 0.9, "v", 1, null);
    }
}
