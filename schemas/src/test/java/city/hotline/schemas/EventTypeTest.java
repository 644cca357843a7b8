package city.hotline.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class EventTypeTest {

    @Test
    void typesAreFoundByTheirCloudEventsType() {
        for (EventType type : EventType.values()) {
            assertThat(EventType.fromType(type.type())).contains(type);
        }
        assertThat(EventType.fromType("city.hotline.ticket.closed")).isEmpty();
        assertThat(EventType.fromType(null)).isEmpty();
    }

    @Test
    void everyDataSchemaIsOnTheClasspathUnderItsId() throws Exception {
        for (EventType type : EventType.values()) {
            try (InputStream schema = getClass().getResourceAsStream("/schemas/" + type.schemaName() + ".schema.json")) {
                assertThat(schema).as(type.schemaName()).isNotNull();
                assertThat(JsonMapper.builder().build().readTree(schema).get("$id").asString())
                        .isEqualTo(type.dataSchema().toString());
            }
        }
    }

    @Test
    void channelsTravelInLowerCase() {
        assertThat(Channel.OPEN311.wireName()).isEqualTo("open311");
        assertThat(Channel.fromWireName("wechat")).isEqualTo(Channel.WECHAT);
        assertThatThrownBy(() -> Channel.fromWireName("WECHAT")).isInstanceOf(IllegalArgumentException.class);
    }
}
