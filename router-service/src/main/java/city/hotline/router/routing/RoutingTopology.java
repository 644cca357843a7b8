package city.hotline.router.routing;

import city.hotline.router.kafka.DeadLetters;

import city.hotline.router.kafka.Topics;
import city.hotline.schemas.Envelope;
import city.hotline.schemas.EventCodec;
import city.hotline.schemas.RoutedTicket;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.processor.TopicNameExtractor;
import org.apache.kafka.streams.state.Stores;
import org.springframework.kafka.config.KafkaStreamsInfrastructureCustomizer;

import java.time.Clock;

/**
 * The router role's topology:
 * <pre>
 * intake.calls, intake.tickets → validate ─┬→ route ─┬→ routing.decisions
 *                                          │        ├→ route.110 | route.12345 | route.114
 *                                          │        └→ telephony.commands (a call routed away from its line)
 *                                          └────────┴→ intake.dlq
 * </pre>
 */
class RoutingTopology implements KafkaStreamsInfrastructureCustomizer {

    private final EventCodec codec;
    private final TicketClassifier classifier;
    private final RoutingMetrics metrics;
    private final RoutingProperties properties;
    private final ClassifierAttempts attempts;
    private final Clock clock;

    RoutingTopology(EventCodec codec, TicketClassifier classifier, RoutingMetrics metrics,
                    RoutingProperties properties, Clock clock) {
        this.codec = codec;
        this.classifier = classifier;
        this.metrics = metrics;
        this.properties = properties;
        this.attempts = new ClassifierAttempts(properties.maxClassifierAttempts());
        this.clock = clock;
    }

    @Override
    public void configureTopology(Topology topology) {
        DeadLetters deadLetters = new DeadLetters(metrics::deadLettered);
        Serializer<Object> events = (topic, event) -> codec.encode((Envelope<?>) event);
        TopicNameExtractor<String, Object> lineTopic = (ticketId, event, recordContext) ->
                Topics.routeFor(((RoutedTicket) ((Envelope<?>) event).data()).decision().line()).topicName();

        topology.addSource("intake", new StringDeserializer(), new ByteArrayDeserializer(), Topics.intakeTopicNames())
                .addProcessor(IntakeValidationProcessor.NODE, () -> new IntakeValidationProcessor(codec, deadLetters), "intake")
                .addProcessor(RoutingProcessor.NODE, () -> new RoutingProcessor(classifier, deadLetters, attempts, metrics,
                        properties.dedupRetention(), clock), IntakeValidationProcessor.NODE)
                .addStateStore(Stores.windowStoreBuilder(
                        Stores.persistentWindowStore(RoutingProcessor.ROUTED_STORE, properties.dedupRetention(),
                                properties.dedupRetention(), false),
                        Serdes.String(), Serdes.String()), RoutingProcessor.NODE)
                .addSink(DeadLetters.SINK, Topics.INTAKE_DLQ.topicName(), new StringSerializer(),
                        new ByteArraySerializer(), IntakeValidationProcessor.NODE, RoutingProcessor.NODE)
                .addSink(RoutingProcessor.DECISIONS_SINK, Topics.ROUTING_DECISIONS.topicName(), new StringSerializer(),
                        events, RoutingProcessor.NODE)
                .addSink(RoutingProcessor.ROUTES_SINK, lineTopic, new StringSerializer(), events, RoutingProcessor.NODE)
                .addSink(RoutingProcessor.TELEPHONY_SINK, Topics.TELEPHONY_COMMANDS.topicName(), new StringSerializer(),
                        events, RoutingProcessor.NODE);
    }
}
