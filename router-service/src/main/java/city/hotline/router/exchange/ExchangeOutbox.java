package city.hotline.router.exchange;

import city.hotline.router.kafka.GrouplessConsumers;
import city.hotline.router.kafka.Topics;
import city.hotline.router.privacy.PhoneMasker;
import city.hotline.schemas.Envelope;
import city.hotline.schemas.EventCodec;
import city.hotline.schemas.WorkOrder;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a partner's exchange topic for the pull API. Each page is a short-lived consumer without a group
 * (the partner's cursor is its position, kept by the partner), reading committed records only. The work
 * order's caller number is masked here: the API masks numbers; a partner that must call back reads the
 * exchange topic itself (decision 0008).
 */
@Component
class ExchangeOutbox {

    private static final Duration PAGE_TIME = Duration.ofSeconds(2);
    private static final Duration POLL = Duration.ofMillis(100);

    private final KafkaProperties kafka;
    private final EventCodec codec;

    ExchangeOutbox(KafkaProperties kafka, EventCodec codec) {
        this.kafka = kafka;
        this.codec = codec;
    }

    /** @throws IllegalArgumentException for a cursor this service did not issue */
    OutboxPage read(String line, String cursor, int limit) {
        Map<Integer, Long> from = OutboxCursor.decode(cursor);
        try (KafkaConsumer<String, byte[]> consumer = GrouplessConsumers.create(kafka, Map.of(
                // a cursor older than the topic's retention continues from the oldest event still kept
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"))) {
            String topic = Topics.exchangeFor(line).topicName();
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            Map<Integer, Long> next = new HashMap<>();
            for (TopicPartition partition : partitions) {
                Long offset = from.get(partition.partition());
                if (offset == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, offset);
                }
                next.put(partition.partition(), consumer.position(partition));
            }
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<JsonNode> events = new ArrayList<>();
            long deadline = System.nanoTime() + PAGE_TIME.toNanos();
            while (events.size() < limit && !atEnd(next, ends) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    if (events.size() < limit && record.offset() >= next.get(record.partition())) {
                        events.add(masked(record.value()));
                        next.put(record.partition(), record.offset() + 1);
                    }
                }
                if (events.size() < limit) {
                    // every record polled was taken: move past transaction markers too, so the end is seen
                    partitions.forEach(partition -> next.put(partition.partition(), consumer.position(partition)));
                }
            }
            return new OutboxPage(events, OutboxCursor.encode(next));
        }
    }

    private static boolean atEnd(Map<Integer, Long> next, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> next.get(end.getKey().partition()) >= end.getValue());
    }

    private JsonNode masked(byte[] bytes) {
        Envelope<?> event = codec.decode(bytes);
        if (event.data() instanceof WorkOrder order) {
            WorkOrder copy = new WorkOrder(PhoneMasker.auditCopy(order.ticket()), order.decision(), order.hop(),
                    order.firstReceiver(), order.deadlines(), order.handoverNote());
            event = new Envelope<>(event.specversion(), event.id(), event.source(), event.type(), event.time(),
                    event.subject(), event.datacontenttype(), event.dataschema(), event.schemaversion(), copy);
        }
        return codec.mapper().readTree(codec.encode(event));
    }
}
