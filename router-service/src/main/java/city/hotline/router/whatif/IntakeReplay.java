package city.hotline.router.whatif;

import city.hotline.router.kafka.GrouplessConsumers;
import city.hotline.router.kafka.Topics;
import city.hotline.schemas.Envelope;
import city.hotline.schemas.EventCodec;
import city.hotline.schemas.EventType;
import city.hotline.schemas.InvalidEventException;
import city.hotline.schemas.TicketReceived;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads the intake topics again, as the router read them: every committed {@code ticket.received} since a time,
 * up to the end the topics had when the replay began (tickets arriving meanwhile are for the next run). A consumer
 * of its own, in no group, so the router's offsets are untouched.
 */
class IntakeReplay {

    /**
     * One poll's worth of intake.
     *
     * @param tickets    valid ticket events, each ticket once (the router drops a repeated intake event too)
     * @param unreadable records the router would have dead-lettered: not a valid event, or keyed by another ticket
     */
    record Batch(List<Envelope<TicketReceived>> tickets, int unreadable) {
    }

    private static final Logger log = LoggerFactory.getLogger(IntakeReplay.class);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

    private final KafkaProperties kafka;
    private final EventCodec codec;

    IntakeReplay(KafkaProperties kafka, EventCodec codec) {
        this.kafka = kafka;
        this.codec = codec;
    }

    void replay(Instant from, Consumer<Batch> batches) {
        try (KafkaConsumer<String, byte[]> consumer = GrouplessConsumers.create(kafka, Map.of())) {
            List<TopicPartition> partitions = Arrays.stream(Topics.intakeTopicNames())
                    .flatMap(topic -> consumer.partitionsFor(topic).stream()
                            .map(info -> new TopicPartition(topic, info.partition())))
                    .toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions); // read_committed: the last stable offsets
            Map<TopicPartition, OffsetAndTimestamp> start = consumer.offsetsForTimes(partitions.stream()
                    .collect(Collectors.toMap(partition -> partition, partition -> from.toEpochMilli())));
            // No offset for the time: nothing in that partition is as recent, so there is nothing to read.
            partitions.forEach(partition -> consumer.seek(partition,
                    start.get(partition) == null ? end.get(partition) : start.get(partition).offset()));
            long total = partitions.stream().mapToLong(partition -> end.get(partition) - consumer.position(partition)).sum();
            log.info("What-if replay: about {} intake records since {}", total, from);

            Set<String> seen = new HashSet<>();
            long read = 0;
            long started = System.nanoTime();
            long lastReport = started;
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                List<Envelope<TicketReceived>> tickets = new ArrayList<>();
                int unreadable = 0;
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    if (record.offset() >= end.get(new TopicPartition(record.topic(), record.partition()))) {
                        continue;
                    }
                    read++;
                    Optional<Envelope<TicketReceived>> ticket = ticket(record);
                    if (ticket.isEmpty()) {
                        unreadable++;
                    } else if (seen.add(ticket.get().subject())) {
                        tickets.add(ticket.get());
                    }
                }
                batches.accept(new Batch(tickets, unreadable));
                if (System.nanoTime() - lastReport > PROGRESS_EVERY.toNanos()) {
                    lastReport = System.nanoTime();
                    log.info("What-if replay: {} of about {} intake records read in {} s", read, total,
                            Duration.ofNanos(lastReport - started).toSeconds());
                }
            }
        }
    }

    /** The ticket event; empty for a record the router would have dead-lettered (IntakeValidationProcessor). */
    private Optional<Envelope<TicketReceived>> ticket(ConsumerRecord<String, byte[]> record) {
        try {
            Envelope<TicketReceived> event = codec.decode(record.value() == null ? new byte[0] : record.value(),
                    EventType.TICKET_RECEIVED);
            return Optional.of(event).filter(e -> e.subject().equals(record.key()));
        } catch (InvalidEventException e) {
            return Optional.empty();
        }
    }
}
