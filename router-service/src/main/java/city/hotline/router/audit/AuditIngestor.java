package city.hotline.router.audit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * The live feed of the audit store: every committed record of the audited topics, in its own consumer group,
 * from the beginning on its first start. Its offsets commit after the rows are written, and the rows are
 * keyed by event id, so a crash between the two only writes nothing twice. A record the store cannot keep
 * goes to {@code audit.dlq} (AuditDeadLetters), never skipped.
 */
class AuditIngestor {

    private final AuditWriter writer;

    AuditIngestor(AuditWriter writer) {
        this.writer = writer;
    }

    @KafkaListener(id = "audit-store", containerFactory = "auditListenerContainerFactory", groupId = "${router.audit.group-id:hotline-audit}",
            topics = {"routing.decisions", "ticket.feedback", "ticket.escalations", "ticket.tracks"},
            properties = {"auto.offset.reset=earliest", "isolation.level=read_committed",
                    "value.deserializer=org.apache.kafka.common.serialization.ByteArrayDeserializer"})
    void onEvent(ConsumerRecord<String, byte[]> record) {
        writer.write(record.topic(), record.value());
    }
}
