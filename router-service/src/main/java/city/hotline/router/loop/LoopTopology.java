package city.hotline.router.loop;

import city.hotline.router.kafka.DeadLetters;
import city.hotline.router.kafka.JsonSerde;
import city.hotline.router.kafka.Topics;
import city.hotline.schemas.EventCodec;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;
import org.springframework.kafka.config.KafkaStreamsInfrastructureCustomizer;

import java.util.stream.Stream;

/**
 * The loop tracker role's topology (Kafka Streams application {@code hotline-loop}, exactly once):
 * <pre>
 * route.110, route.12345, route.114 ─┐
 * ticket.feedback ───────────────────┼→ read ─→ track (stores: loop-tickets, loop-timers; wall-clock timers)
 * ticket.escalations ────────────────┘    │        ├→ ticket.tracks (state + timeline, compacted)
 *                                         │        ├→ exchange.110 | exchange.12345 (work orders, reminders,
 *                                         │        │   outcomes for the first receiver, refused feedback)
 *                                         │        ├→ ticket.escalations (督办 and second rejections)
 *                                         │        └→ routing.decisions + route.&lt;line&gt; (a re-route)
 *                                         └→ loop.dlq (records that are not valid events)
 * </pre>
 * All inputs are keyed by ticket id and co-partitioned, so one ticket's routing, feedback and timers meet in
 * one task, in order.
 */
class LoopTopology implements KafkaStreamsInfrastructureCustomizer {

    private final EventCodec codec;
    private final LoopTransitions transitions;
    private final LoopMetrics metrics;
    private final LoopProperties properties;

    LoopTopology(EventCodec codec, LoopTransitions transitions, LoopMetrics metrics, LoopProperties properties) {
        this.codec = codec;
        this.transitions = transitions;
        this.metrics = metrics;
        this.properties = properties;
    }

    @Override
    public void configureTopology(Topology topology) {
        DeadLetters deadLetters = new DeadLetters(metrics::deadLettered);
        Serializer<Object> events = (topic, encoded) -> ((LoopProcessor.Encoded) encoded).bytes();
        String[] inputs = Stream.concat(Stream.of(Topics.routeTopicNames()),
                Stream.of(Topics.TICKET_FEEDBACK.topicName(), Topics.TICKET_ESCALATIONS.topicName())).toArray(String[]::new);

        topology.addSource("loop-inputs", new StringDeserializer(), new ByteArrayDeserializer(), inputs)
                .addProcessor(LoopInputReader.NODE, () -> new LoopInputReader(codec, deadLetters), "loop-inputs")
                .addProcessor(LoopProcessor.NODE, () -> new LoopProcessor(transitions, codec, metrics, properties.timerInterval(),
                        properties.orphanWait()), LoopInputReader.NODE)
                .addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(LoopProcessor.TICKETS),
                        Serdes.String(), new JsonSerde<>(codec.mapper(), TrackedTicket.class)), LoopProcessor.NODE)
                .addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(LoopProcessor.TIMERS),
                        Serdes.String(), Serdes.String()), LoopProcessor.NODE)
                .addSink(LoopProcessor.SINK, (ticketId, encoded, context) -> ((LoopProcessor.Encoded) encoded).topic().topicName(),
                        new StringSerializer(), events, LoopProcessor.NODE)
                .addSink(DeadLetters.SINK, Topics.LOOP_DLQ.topicName(), new StringSerializer(), new ByteArraySerializer(),
                        LoopInputReader.NODE);
    }
}
