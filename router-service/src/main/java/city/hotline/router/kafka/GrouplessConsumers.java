package city.hotline.router.kafka;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

import java.util.HashMap;
import java.util.Map;

/**
 * Consumers that read topics by position, without a consumer group: the audit rebuild, the what-if replay,
 * the partners' pull API. They read committed records only and commit nothing: the caller keeps the position.
 */
public final class GrouplessConsumers {

    private GrouplessConsumers() {
    }

    /** @param overrides further consumer settings, e.g. {@code auto.offset.reset} */
    public static KafkaConsumer<String, byte[]> create(KafkaProperties kafka, Map<String, Object> overrides) {
        Map<String, Object> properties = new HashMap<>(kafka.buildConsumerProperties());
        properties.remove(ConsumerConfig.GROUP_ID_CONFIG);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        properties.putAll(overrides);
        return new KafkaConsumer<>(properties);
    }
}
