package city.hotline.router.intake;

import city.hotline.schemas.Channel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TicketIdsTest {

    @Test
    void theSameExternalIdOnTheSameChannelIsTheSameTicket() {
        assertThat(TicketIds.assign(Channel.EXCHANGE, "GD-1")).isEqualTo(TicketIds.assign(Channel.EXCHANGE, "GD-1"));
    }

    @Test
    void theSameExternalIdFromAnotherChannelIsAnotherTicket() {
        assertThat(TicketIds.assign(Channel.EXCHANGE, "GD-1")).isNotEqualTo(TicketIds.assign(Channel.SMS, "GD-1"));
    }

    @Test
    void withoutAnExternalIdEveryTicketIsNew() {
        assertThat(TicketIds.assign(Channel.CALL, null)).isNotEqualTo(TicketIds.assign(Channel.CALL, null));
    }
}
