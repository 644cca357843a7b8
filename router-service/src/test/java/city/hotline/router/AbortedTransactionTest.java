package city.hotline.router;

import city.hotline.router.kafka.Topics;
import city.hotline.schemas.Channel;
import city.hotline.schemas.Envelope;
import city.hotline.schemas.EventType;
import city.hotline.schemas.TicketReceived;
import city.hotline.schemas.TicketSubmission;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failure in the middle of a transaction: the router has already produced the decision for one ticket
 * when the classifier throws on the next. The transaction aborts, both tickets are processed again, and
 * read-committed readers see each decision exactly once.
 */
@RouterOnEmbeddedKafka
class AbortedTransactionTest extends RouterTestSupport {

    /**
     * Kafka Streams may commit between the two records when its commit interval ends right after the first
     * (a busy machine, an idle thread): then the failure is not mid-transaction. Such a round still must
     * route each ticket once; the scenario is repeated until one round really aborted a shared transaction.
     */
    @Test
    void aClassifierFailureMidTransactionAbortsItAndTheRetryRoutesEachTicketExactlyOnce() throws Exception {
        boolean sharedTransactionAborted = false;
        for (int round = 0; round < 5 && !sharedTransactionAborted; round++) {
            sharedTransactionAborted = failInTheMiddleOfATransaction();
        }
        assertThat(sharedTransactionAborted).as("a round where the first ticket was processed again after the abort").isTrue();
    }

    /** @return whether the first ticket was processed twice, i.e. its first attempt was in the aborted transaction */
    private boolean failInTheMiddleOfATransaction() throws Exception {
        String firstMarker = "先到的-" + UUID.randomUUID();
        String failingMarker = "失败一次-" + UUID.randomUUID();
        classifier.count(firstMarker);
        classifier.count(failingMarker);
        classifier.failTimes(failingMarker, 1);
        String first = "first-" + UUID.randomUUID();
        String failing = "fails-once-" + UUID.randomUUID();

        // One producer transaction to one partition: the router reads both in one poll, and usually processes
        // them in one transaction of its own, the first ticket's writes before the failure.
        try (var producer = transactionalProducer()) {
            producer.initTransactions();
            producer.beginTransaction();
            producer.send(new ProducerRecord<>(Topics.INTAKE_CALLS.topicName(), 2, first, event(first, "有人在小区门口打架 " + firstMarker)));
            producer.send(new ProducerRecord<>(Topics.INTAKE_CALLS.topicName(), 2, failing, event(failing, "有人在小区门口打架 " + failingMarker)));
            producer.commitTransaction();
        }

        awaitRouted(first);
        awaitRouted(failing);

        assertThat(classifier.attempts(failingMarker)).as("the failing ticket was retried").isEqualTo(2);
        for (String ticket : new String[] {first, failing}) {
            assertThat(committed(Topics.ROUTING_DECISIONS, ticket)).as(ticket).hasSize(1);
            assertThat(committed(Topics.ROUTE_110, ticket)).as(ticket).hasSize(1);
        }
        return classifier.attempts(firstMarker) == 2;
    }

    private byte[] event(String ticketId, String text) {
        TicketSubmission submission = new TicketSubmission(Channel.CALL, text, "13800138000", null, "110", null, null);
        return codec.encode(Envelope.of(EventType.TICKET_RECEIVED, "/test/cti", ticketId,
                TicketReceived.from(submission, null, Instant.now()), Instant.now()));
    }

    private KafkaProducer<String, byte[]> transactionalProducer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "test-cti-" + UUID.randomUUID()),
                new StringSerializer(), new ByteArraySerializer());
    }
}
