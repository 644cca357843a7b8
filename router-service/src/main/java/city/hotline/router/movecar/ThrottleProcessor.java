package city.hotline.router.movecar;

import city.hotline.router.kafka.WindowLookups;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * Holds back a caller who reports more than {@code maxPlates} different plates within {@code window}: a
 * possible harasser texting strangers through the city's service. Nobody is texted; a supervisor reviews.
 * Keyed by the caller's key, so all of one caller's reports meet in one store; event time (the routing time
 * of each ticket) decides the window, which reaches {@code window} before and after each report.
 */
class ThrottleProcessor implements Processor<String, Report, String, Object> {

    static final String STORE = "movecar-caller-plates";
    private static final Logger log = LoggerFactory.getLogger(ThrottleProcessor.class);

    private final Duration window;
    private final int maxPlates;
    private final MoveCarEvents events;
    private final MoveCarMetrics metrics;
    private ProcessorContext<String, Object> context;
    private WindowStore<String, String> platesByCaller;

    ThrottleProcessor(Duration window, int maxPlates, MoveCarEvents events, MoveCarMetrics metrics) {
        this.window = window;
        this.maxPlates = maxPlates;
        this.events = events;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, Object> context) {
        this.context = context;
        this.platesByCaller = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, Report> record) {
        Report report = record.value();
        if (report.callerKey() == null) {
            context.forward(record.withValue(report));
            return;
        }
        long at = record.timestamp();
        Set<String> plates = new HashSet<>();
        plates.add(report.incident().plate());
        // Both ways in time: a caller's reports come from different route.114 partitions, so they may reach
        // this partition out of timestamp order.
        plates.addAll(WindowLookups.valuesAround(platesByCaller, report.callerKey(), at, window));
        platesByCaller.put(report.callerKey(), report.incident().plate(), at);
        if (plates.size() > maxPlates) {
            metrics.screened("throttled");
            metrics.escalated("HARASSMENT_SUSPECTED");
            log.warn("Move-car ticket {} throttled: its caller reported {} different plates within {}",
                    report.incident().ticketId(), plates.size(), window);
            events.throttled(report.incident(), "同一来电在 %d 分钟内报了 %d 个不同车牌"
                    .formatted(window.toMinutes(), plates.size())).forEach(context::forward);
            return;
        }
        context.forward(record.withValue(report));
    }
}
