package city.hotline.router.audit;

import city.hotline.router.kafka.GrouplessConsumers;
import city.hotline.router.kafka.Topics;
import city.hotline.schemas.InvalidEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Rebuilds the audit store from the topics: empties the tables, then reads every committed record of the
 * audited topics from the beginning up to their end at the start of the rebuild. The live feed keeps writing
 * meanwhile; both write by event id, so nothing is stored twice.
 */
public class AuditRebuild {

    static final List<Topics> AUDITED = List.of(Topics.ROUTING_DECISIONS, Topics.TICKET_FEEDBACK,
            Topics.TICKET_ESCALATIONS, Topics.TICKET_TRACKS);
    private static final Logger log = LoggerFactory.getLogger(AuditRebuild.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final JdbcClient jdbc;
    private final AuditWriter writer;
    private final KafkaProperties kafka;

    AuditRebuild(JdbcClient jdbc, AuditWriter writer, KafkaProperties kafka) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.kafka = kafka;
    }

    /** What a rebuild read and how long it took. */
    public record Report(long records, long skipped, long millis) {
    }

    /** An invalid record is skipped and counted here; the live feed has dead-lettered it already (AuditDeadLetters). */
    private boolean kept(ConsumerRecord<String, byte[]> record) {
        try {
            writer.write(record.topic(), record.value());
            return true;
        } catch (InvalidEventException notAnEvent) {
            return false;
        }
    }

    public synchronized Report rebuild() {
        long started = System.nanoTime();
        jdbc.sql("TRUNCATE decision, ticket_event, ticket_state").update();
        long records = 0;
        long skipped = 0;
        try (KafkaConsumer<String, byte[]> consumer = GrouplessConsumers.create(kafka, Map.of())) {
            for (Topics topic : AUDITED) {
                List<TopicPartition> partitions = consumer.partitionsFor(topic.topicName()).stream()
                        .map(info -> new TopicPartition(topic.topicName(), info.partition())).toList();
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
                while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                    for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                        if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                            records++;
                            skipped += kept(record) ? 0 : 1;
                        }
                    }
                }
                log.info("Audit rebuild: read {} to its end", topic.topicName());
            }
        }
        Report report = new Report(records, skipped, (System.nanoTime() - started) / 1_000_000);
        log.info("Audit store rebuilt from the topics: {} records ({} skipped) in {} ms", report.records(),
                report.skipped(), report.millis());
        return report;
    }
}
