package city.hotline.router.movecar;

import city.hotline.router.movecar.registry.VehicleRegistry;
import city.hotline.schemas.EventCodec;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks the reported plate up in the local copy of the registry. A plate that is not registered, or only with
 * another colour, fails with its reason and goes to a patrol; a registered one goes on, keyed by plate for the
 * dedup step. Only the plate travels on: the owner's number stays in the registry.
 */
class RegistryLookupProcessor implements Processor<String, Report, String, Object> {

    private static final Logger log = LoggerFactory.getLogger(RegistryLookupProcessor.class);

    private final String registryStore;
    private final EventCodec codec;
    private final MoveCarEvents events;
    private final MoveCarMetrics metrics;
    private ProcessorContext<String, Object> context;
    private VehicleRegistry registry;

    RegistryLookupProcessor(String registryStore, EventCodec codec, MoveCarEvents events, MoveCarMetrics metrics) {
        this.registryStore = registryStore;
        this.codec = codec;
        this.events = events;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        KeyValueStore<String, ValueAndTimestamp<byte[]>> store = context.getStateStore(registryStore);
        this.registry = new VehicleRegistry(plate -> ValueAndTimestamp.getValueOrNull(store.get(plate)), codec);
    }

    @Override
    public void process(Record<String, Report> record) {
        Incident incident = record.value().incident();
        VehicleRegistry.Match match = registry.match(incident.plate(), incident.plateColour());
        if (match instanceof VehicleRegistry.Found) {
            context.forward(record.withKey(incident.plate()));
        } else if (match instanceof VehicleRegistry.ColourConflict conflict) {
            metrics.screened("colour-conflict");
            metrics.escalated("COLOUR_CONFLICT");
            log.info("Move-car ticket {}: plate {} reported {} but registered {}; escalated", incident.ticketId(),
                    incident.plate(), conflict.reported(), conflict.registered());
            events.notReached(incident, "COLOUR_CONFLICT", "报称%s牌，登记为%s牌".formatted(conflict.reported(),
                    conflict.registered()), events.replies().colourConflict()).forEach(context::forward);
        } else {
            metrics.screened("unknown-plate");
            metrics.escalated("UNKNOWN_PLATE");
            log.info("Move-car ticket {}: plate {} is not in the registry; escalated", incident.ticketId(), incident.plate());
            events.notReached(incident, "UNKNOWN_PLATE", "车牌 %s 不在车辆登记库中".formatted(incident.plate()),
                    events.replies().unknownPlate()).forEach(context::forward);
        }
    }
}
