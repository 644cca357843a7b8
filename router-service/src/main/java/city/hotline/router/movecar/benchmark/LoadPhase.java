package city.hotline.router.movecar.benchmark;

import city.hotline.router.intake.TicketIntake;
import city.hotline.router.movecar.smsc.InProcessSmsc;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * One rate of the benchmark: an open-loop generator submits requests on a fixed schedule (a slow system does
 * not slow the callers down), and the in-process SMSC stops the clock of each request when its SMS arrives.
 */
final class LoadPhase {

    /** What one phase measured; latencies in milliseconds. */
    record Result(int rate, int sent, double achievedRate, int knownPlates, int notified, int unknownAnswered,
                  long p50, long p99, long max, long routedP50, long routedP99) {

        double shareNotified() {
            return sent == 0 ? 0 : notified / (double) sent;
        }
    }

    private static final Duration DRAIN = Duration.ofSeconds(60);

    private final TicketIntake intake;
    private final MeterRegistry meters;
    private final Map<String, Long> waiting = new ConcurrentHashMap<>();
    private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());

    LoadPhase(TicketIntake intake, InProcessSmsc smsc, MeterRegistry meters) {
        this.intake = intake;
        this.meters = meters;
        smsc.observe(sms -> {
            Long started = waiting.remove(sms.destination());
            if (started != null) {
                latencies.add(sms.nanoTime() - started);
            }
        });
    }

    Result run(RequestStream requests, int rate, Duration length) throws InterruptedException {
        latencies.clear();
        double unknownBefore = unknownPlates();
        int total = (int) (rate * length.toSeconds());
        AtomicInteger known = new AtomicInteger();
        AtomicInteger unknown = new AtomicInteger();
        ExecutorService callers = Executors.newFixedThreadPool(64);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            LockSupport.parkNanos(start + i * 1_000_000_000L / rate - System.nanoTime());
            RequestStream.Request request = requests.next();
            (request.ownerPhone() == null ? unknown : known).incrementAndGet();
            callers.execute(() -> {
                if (request.ownerPhone() != null) {
                    waiting.put(request.ownerPhone(), System.nanoTime());
                }
                intake.submit(request.submission());
            });
        }
        callers.shutdown();
        callers.awaitTermination(1, TimeUnit.MINUTES);
        double seconds = (System.nanoTime() - start) / 1e9;
        long drainUntil = System.nanoTime() + DRAIN.toNanos();
        while ((!waiting.isEmpty() || unknownPlates() - unknownBefore < unknown.get()) && System.nanoTime() < drainUntil) {
            Thread.sleep(100);
        }
        waiting.clear();
        List<Long> sorted;
        synchronized (latencies) {
            sorted = latencies.stream().sorted().toList();
        }
        Timer routed = meters.find("hotline.intake.to.routed").timer();
        return new Result(rate, total, total / seconds, known.get(), sorted.size(),
                (int) (unknownPlates() - unknownBefore), millis(percentile(sorted, 0.50)), millis(percentile(sorted, 0.99)),
                millis(sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1)), routedPercentile(routed, 0.5),
                routedPercentile(routed, 0.99));
    }

    /** The router's own meter (a decaying window of about two minutes), to show which stage latency comes from. */
    private static long routedPercentile(Timer routed, double percentile) {
        if (routed == null) {
            return -1;
        }
        for (ValueAtPercentile value : routed.takeSnapshot().percentileValues()) {
            if (value.percentile() == percentile) {
                return Math.round(value.value(TimeUnit.MILLISECONDS));
            }
        }
        return -1;
    }

    private double unknownPlates() {
        Counter counter = meters.find("hotline.movecar.requests").tag("outcome", "unknown-plate").counter();
        return counter == null ? 0 : counter.count();
    }

    /** Nearest rank. */
    private static long percentile(List<Long> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(p * sorted.size()) - 1);
    }

    private static long millis(long nanos) {
        return Math.round(nanos / 1e6);
    }
}
