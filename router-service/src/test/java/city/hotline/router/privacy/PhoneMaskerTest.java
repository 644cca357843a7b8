package city.hotline.router.privacy;

import city.hotline.schemas.Channel;
import city.hotline.schemas.Location;
import city.hotline.schemas.MoveCarRequest;
import city.hotline.schemas.TicketReceived;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PhoneMaskerTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "13812345678, 138****5678",
            "+86 138-1234-5678, 138****5678",
            "0592-5551234, 059****1234",
            "010-5551234, ********34",
            "12, **"})
    void aNumberKeepsOnlyWhatIdentifiesNobody(String phone, String masked) {
        assertThat(PhoneMasker.mask(phone)).isEqualTo(masked);
    }

    @Test
    void numbersSaidInTheTextAreMaskedAndTheRestIsKept() {
        assertThat(PhoneMasker.maskText("车主电话13912345678，我的是0592-5551234，车牌闽D12345"))
                .isEqualTo("车主电话139****5678，我的是059****1234，车牌闽D12345");
    }

    @Test
    void theAuditCopyMasksANumberWrittenIntoTheMoveCarPlace() {
        TicketReceived ticket = new TicketReceived(Channel.SMS, "移车:闽D12345#蓝#湖滨南路口，电话13912345678",
                "13912345678", null, "114", null, List.of(),
                new MoveCarRequest("闽D12345", "蓝", "湖滨南路口,电话13912345678"), Instant.parse("2026-03-14T00:00:00Z"));

        TicketReceived audit = PhoneMasker.auditCopy(ticket);

        assertThat(audit.moveCar().place()).isEqualTo("湖滨南路口,电话139****5678");
        assertThat(audit.text()).doesNotContain("13912345678");
        assertThat(audit.callerPhone()).isEqualTo("139****5678");
    }

    @Test
    void theAuditCopyMasksANumberWrittenIntoTheAddressAndKeepsTheCoordinates() {
        TicketReceived ticket = new TicketReceived(Channel.OPEN311, "路灯不亮", null,
                new Location("莲前西路288号 联系13912345678", 24.47, 118.14), null, null, List.of(), null,
                Instant.parse("2026-03-14T00:00:00Z"));

        Location audit = PhoneMasker.auditCopy(ticket).location();

        assertThat(audit.address()).isEqualTo("莲前西路288号 联系139****5678");
        assertThat(audit.latitude()).isEqualTo(24.47);
    }

    @Test
    void digitsThatAreNotAPhoneNumberStay() {
        assertThat(PhoneMasker.maskText("订单号2023111512345678901，金额1800元")).isEqualTo("订单号2023111512345678901，金额1800元");
    }
}
