package city.hotline.router.rulebase;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Every instance reads every release: a group of its own (a random id) and reading from the earliest
 * offset, so a restarted instance replays the compacted topic and serves the latest release (catalogue and DRL).
 */
@Component
class RulebaseReleaseListener {

    private static final Logger log = LoggerFactory.getLogger(RulebaseReleaseListener.class);

    private final RulebaseReleases releases;

    RulebaseReleaseListener(RulebaseReleases releases) {
        this.releases = releases;
    }

    @KafkaListener(topics = "rulebase.releases", groupId = "hotline-rulebase-#{T(java.util.UUID).randomUUID()}",
            properties = {"auto.offset.reset=earliest", "isolation.level=read_committed",
                    "value.deserializer=org.apache.kafka.common.serialization.ByteArrayDeserializer"})
    void onRelease(ConsumerRecord<String, byte[]> record) {
        try {
            releases.apply(record.value());
        } catch (RuntimeException e) {
            // A release this version cannot read must not stop the instance: the old rulebase keeps serving.
            log.error("Unreadable rulebase release at offset {}: {}", record.offset(), e.getMessage());
        }
    }
}
