package city.hotline.router.kafka;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON for a streams application's own records (repartition topics, state stores), with the event codec's
 * mapper, so instants and enums look as they do in events. Not events: nothing outside the application reads them.
 */
public final class JsonSerde<T> implements Serde<T> {

    private final JsonMapper mapper;
    private final Class<T> type;

    public JsonSerde(JsonMapper mapper, Class<T> type) {
        this.mapper = mapper;
        this.type = type;
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> value == null ? null : mapper.writeValueAsBytes(value);
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, bytes) -> bytes == null ? null : mapper.readValue(bytes, type);
    }
}
