package city.hotline.router.movecar;

import city.hotline.router.kafka.JsonSerde;

import city.hotline.router.kafka.Topics;
import city.hotline.router.movecar.sms.SmsProperties;
import city.hotline.schemas.Envelope;
import city.hotline.schemas.EventCodec;
import city.hotline.schemas.EventType;
import city.hotline.schemas.InvalidEventException;
import city.hotline.schemas.MoveCarUpdate;
import city.hotline.schemas.SmsReceipt;
import city.hotline.schemas.SmsRequest;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.JoinWindows;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.kstream.StreamJoined;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.config.KafkaStreamsInfrastructureCustomizer;

import java.time.Clock;
import java.util.List;

/**
 * The move-car role's topology (Kafka Streams application {@code hotline-movecar}, exactly once):
 * <pre>
 * vehicle.registry ─────────────────────────────► global store "vehicle-registry" (plate → vehicle)
 *
 * route.114 → read ─(by caller)→ throttle → registry lookup ─(by plate)→ dedup ──► movecar.sms.requests
 *               └─────────────────┴───────────────┴───────────────────┴───► ticket.feedback, ticket.escalations,
 *                                                                             channel.replies
 * movecar.sms.requests + movecar.updates → case (timeouts, moved) ──► ticket.feedback, ticket.escalations,
 *                                                                     channel.replies
 * movecar.sms.receipts ⋈ movecar.updates[sms-submitted] (by SMS centre message id) ──► movecar.updates[sms-receipt]
 * </pre>
 * The SMS itself is sent outside this transaction by the SMS sender ({@code sms.SmsRequestListener}), which
 * reads {@code movecar.sms.requests} and writes its results to {@code movecar.updates}.
 */
public class MoveCarTopology implements KafkaStreamsInfrastructureCustomizer {

    /** The global store of the registry, also read by the SMS sender. */
    public static final String REGISTRY_STORE = "vehicle-registry";
    static final String RECEIPTS_SOURCE = MoveCarEvents.SOURCE + "/receipts";
    private static final Logger log = LoggerFactory.getLogger(MoveCarTopology.class);

    private final EventCodec codec;
    private final MoveCarProperties properties;
    private final SmsProperties sms;
    private final MoveCarMetrics metrics;
    private final Clock clock;

    public MoveCarTopology(EventCodec codec, MoveCarProperties properties, SmsProperties sms, MoveCarMetrics metrics,
                           Clock clock) {
        this.codec = codec;
        this.properties = properties;
        this.sms = sms;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void configureBuilder(StreamsBuilder builder) {
        MoveCarEvents events = new MoveCarEvents(properties.replies(), clock);
        MoveCarOutputs outputs = new MoveCarOutputs(codec);
        JsonSerde<Report> reports = new JsonSerde<>(codec.mapper(), Report.class);
        addStores(builder);

        builder.globalTable(Topics.VEHICLE_REGISTRY.topicName(), Consumed.with(Serdes.String(), Serdes.ByteArray()),
                Materialized.<String, byte[], KeyValueStore<Bytes, byte[]>>as(REGISTRY_STORE)
                        .withKeySerde(Serdes.String()).withValueSerde(Serdes.ByteArray()));

        CallerKeys callerKeys = new CallerKeys(properties.throttle().callerKeySecret());
        KStream<String, Report> read = outputs.publishAndPass(
                builder.stream(Topics.ROUTE_114.topicName(), Consumed.with(Serdes.String(), Serdes.ByteArray()))
                        .process(() -> new ReportReader(codec, callerKeys, properties.towKeywords(), events, metrics),
                                Named.as("movecar-read")),
                "movecar-read", Report.class);
        KStream<String, Report> admitted = outputs.publishAndPass(read
                        .repartition(Repartitioned.with(Serdes.String(), reports).withName("movecar-by-caller"))
                        .process(() -> new ThrottleProcessor(properties.throttle().window(), properties.throttle().maxPlates(),
                                events, metrics), Named.as("movecar-throttle"), ThrottleProcessor.STORE),
                "movecar-throttle", Report.class);
        KStream<String, Report> registered = outputs.publishAndPass(admitted
                        .process(() -> new RegistryLookupProcessor(REGISTRY_STORE, codec, events, metrics),
                                Named.as("movecar-lookup")),
                "movecar-lookup", Report.class);
        SmsText smsText = new SmsText(sms.template(), sms.templateWithoutPlace());
        outputs.publish(registered
                .repartition(Repartitioned.with(Serdes.String(), reports).withName("movecar-by-plate"))
                .process(() -> new DedupProcessor(properties.dedupWindow(), smsText, events, metrics),
                        Named.as("movecar-dedup"), DedupProcessor.STORE));

        // Decoded once here: the case and the receipt matching both read every update.
        KStream<String, MoveCarUpdate> updates = events(builder, Topics.MOVECAR_UPDATES, EventType.MOVECAR_UPDATED);
        KStream<String, SmsRequest> requests = events(builder, Topics.MOVECAR_SMS_REQUESTS, EventType.SMS_REQUESTED);
        outputs.publish(requests.<Object>mapValues(request -> request, Named.as("movecar-case-requests"))
                .merge(updates.mapValues(update -> update, Named.as("movecar-case-updates")), Named.as("movecar-case-inputs"))
                .process(() -> new CaseProcessor(properties.followUp(), events, metrics), Named.as("movecar-case"),
                        CaseProcessor.CASES, CaseProcessor.TIMERS));

        matchReceipts(builder, updates, outputs);
    }

    /**
     * A receipt names only the SMS centre's message id; the sender's {@code sms-submitted} update names both
     * that id and the ticket. A windowed join by message id brings them together whichever arrives first
     * (the centre may answer before the sender's transaction commits).
     */
    private void matchReceipts(StreamsBuilder builder, KStream<String, MoveCarUpdate> updates, MoveCarOutputs outputs) {
        JsonSerde<SubmittedSms> submittedSerde = new JsonSerde<>(codec.mapper(), SubmittedSms.class);
        JsonSerde<SmsReceipt> receiptSerde = new JsonSerde<>(codec.mapper(), SmsReceipt.class);
        KStream<String, SubmittedSms> submitted = updates
                .filter((ticketId, update) -> update.kind() == MoveCarUpdate.Kind.SMS_SUBMITTED, Named.as("movecar-submitted"))
                .map((ticketId, update) -> KeyValue.pair(update.smscMessageId(), new SubmittedSms(ticketId, update.requestId())),
                        Named.as("movecar-submitted-by-message-id"))
                .repartition(Repartitioned.with(Serdes.String(), submittedSerde).withName("movecar-submitted-by-message"));
        KStream<String, SmsReceipt> receipts = events(builder, Topics.MOVECAR_SMS_RECEIPTS, EventType.SMS_RECEIPT);
        outputs.publish(receipts.join(submitted,
                        (receipt, sms) -> (Object) Envelope.of(EventType.MOVECAR_UPDATED, RECEIPTS_SOURCE, sms.ticketId(),
                                MoveCarUpdate.receipt(receipt.smscMessageId(), receipt.status(), sms.requestId()), clock.instant()),
                        JoinWindows.ofTimeDifferenceWithNoGrace(sms.receiptWindow()),
                        StreamJoined.with(Serdes.String(), receiptSerde, submittedSerde)
                                .withName("movecar-receipt-match").withStoreName("movecar-receipt-match"))
                .selectKey((messageId, update) -> ((Envelope<?>) update).subject(), Named.as("movecar-receipt-by-ticket")));
    }

    /** The data of every valid event on a topic; invalid records are skipped and counted, never stop the partition. */
    private <T> KStream<String, T> events(StreamsBuilder builder, Topics topic, EventType type) {
        return builder.stream(topic.topicName(), Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .flatMapValues(bytes -> this.<T>decode(bytes, type, topic), Named.as("movecar-read-" + topic.topicName()));
    }

    private <T> List<T> decode(byte[] bytes, EventType type, Topics topic) {
        try {
            return List.of(codec.<T>decode(bytes, type).data());
        } catch (InvalidEventException e) {
            metrics.unreadable(topic.topicName());
            log.warn("Skipped a record on {} that is not a valid {} event: {}", topic.topicName(), type.type(), e.getMessage());
            return List.of();
        }
    }

    private void addStores(StreamsBuilder builder) {
        builder.addStateStore(Stores.windowStoreBuilder(Stores.persistentWindowStore(ThrottleProcessor.STORE,
                        properties.throttle().window(), properties.throttle().window(), true),
                Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.windowStoreBuilder(Stores.persistentWindowStore(DedupProcessor.STORE,
                        properties.dedupWindow(), properties.dedupWindow(), false),
                Serdes.String(), Serdes.String()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CaseProcessor.CASES),
                Serdes.String(), new JsonSerde<>(codec.mapper(), MoveCarCase.class)));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(CaseProcessor.TIMERS),
                Serdes.String(), Serdes.String()));
    }
}
