package city.hotline.router.movecar.benchmark;

import city.hotline.router.RouterApplication;
import city.hotline.router.intake.TicketIntake;
import city.hotline.router.movecar.registry.RegistryProperties;
import city.hotline.router.movecar.registry.SyntheticRegistry;
import city.hotline.router.movecar.registry.VehicleRegistry;
import city.hotline.router.movecar.smsc.InProcessSmsc;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.streams.KafkaStreams;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;
import org.springframework.util.FileSystemUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code bin/bench-movecar}: move-car requests through intake → router → move-car service → the in-process SMSC
 * at fixed rates, reporting intake-to-SMS-submitted latency (from the call to {@link TicketIntake#submit} to the
 * SMSC receiving the submit_sm) and the share of requests whose owner was notified, out of a stream where some
 * plates are in no registry.
 *
 * <p>The whole application runs in this JVM as the embedded default does (single-node broker in a temporary
 * directory, the 200,000-vehicle synthetic registry, exactly-once Streams applications, the real SMPP client
 * and server), with per-ticket INFO log lines off. A warm-up at 200 requests/s for 30 s comes first: a fresh
 * JVM runs at half speed until the JIT has compiled the hot paths (DESIGN.md).
 *
 * <pre>bin/bench-movecar [rates, default 10,100,1000] [seconds per rate, default 30] [unknown share, default 0.1]
 *                   [--any.application.setting=value ...]</pre>
 */
public final class MoveCarBenchmark {

    private static final Duration WARM_UP = Duration.ofSeconds(30);
    private static final int WARM_UP_RATE = 200;

    private MoveCarBenchmark() {
    }

    public static void main(String[] arguments) throws Exception {
        List<String> settings = Arrays.stream(arguments).filter(arg -> arg.startsWith("--")).toList();
        String[] args = Arrays.stream(arguments).filter(arg -> !arg.startsWith("--")).toArray(String[]::new);
        int[] rates = Arrays.stream((args.length > 0 ? args[0] : "10,100,1000").split(",")).mapToInt(Integer::parseInt).toArray();
        Duration length = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 30);
        double unknownShare = args.length > 2 ? Double.parseDouble(args[2]) : 0.1;
        Path dataDir = Files.createTempDirectory("bench-movecar-");
        List<LoadPhase.Result> results = new ArrayList<>();
        try (ConfigurableApplicationContext app = start(dataDir, settings)) {
            RegistryProperties.Synthetic registry = app.getBean(RegistryProperties.class).synthetic();
            List<SyntheticRegistry.Vehicle> vehicles = new SyntheticRegistry(registry.seed(), registry.vehicles()).vehicles();
            awaitReady(app, vehicles.get(vehicles.size() - 1).registration().plate());
            RequestStream requests = new RequestStream(vehicles, unknownShare, 2026);
            LoadPhase phase = new LoadPhase(app.getBean(TicketIntake.class), app.getBean(InProcessSmsc.class),
                    app.getBean(MeterRegistry.class));
            System.out.printf("Warming up: %d requests/s for %d s%n", WARM_UP_RATE, WARM_UP.toSeconds());
            phase.run(requests, WARM_UP_RATE, WARM_UP);
            for (int rate : rates) {
                System.out.printf("Measuring: %d requests/s for %d s%n", rate, length.toSeconds());
                results.add(phase.run(requests, rate, length));
            }
        } finally {
            FileSystemUtils.deleteRecursively(dataDir);
        }
        print(results, unknownShare);
    }

    /** The embedded default on a temporary directory and free ports; later settings override earlier ones. */
    private static ConfigurableApplicationContext start(Path dataDir, List<String> settings) {
        List<String> args = new ArrayList<>(List.of(
                "--router.embedded-kafka.data-dir=" + dataDir.resolve("kafka"),
                "--router.embedded-kafka.port=0",
                "--router.streams.state-dir=" + dataDir.resolve("streams"),
                "--router.movecar.smsc.port=0",
                "--server.port=0",
                "--logging.level.city.hotline=warn",
                "--logging.level.state.change.logger=warn"));
        args.addAll(settings);
        return SpringApplication.run(RouterApplication.class, args.toArray(String[]::new));
    }

    /** Every Streams application running and the whole registry in the move-car service's store. */
    private static void awaitReady(ConfigurableApplicationContext app, String lastPlate) throws InterruptedException {
        VehicleRegistry registry = app.getBean(VehicleRegistry.class);
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            boolean running = app.getBeansOfType(StreamsBuilderFactoryBean.class).values().stream()
                    .allMatch(streams -> streams.getKafkaStreams() != null
                            && streams.getKafkaStreams().state() == KafkaStreams.State.RUNNING);
            if (running && registered(registry, lastPlate)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the application did not become ready within 5 minutes");
    }

    private static boolean registered(VehicleRegistry registry, String plate) {
        try {
            return registry.find(plate).isPresent();
        } catch (RuntimeException loading) {
            return false;
        }
    }

    private static void print(List<LoadPhase.Result> results, double unknownShare) {
        System.out.printf("%nmove-car benchmark, %d%% of plates unknown; latency = intake to SMS submitted (ms)%n",
                Math.round(unknownShare * 100));
        System.out.println("| requests/s | sent | achieved/s | known plates | notified | share notified | unknown answered "
                + "| p50 | p99 | max | router p50 | router p99 |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        for (LoadPhase.Result r : results) {
            System.out.printf("| %d | %d | %.1f | %d | %d | %.1f%% | %d | %d | %d | %d | %d | %d |%n", r.rate(), r.sent(),
                    r.achievedRate(), r.knownPlates(), r.notified(), 100 * r.shareNotified(), r.unknownAnswered(), r.p50(),
                    r.p99(), r.max(), r.routedP50(), r.routedP99());
        }
        System.out.println("(router p50/p99: the router's hotline.intake.to.routed meter, receivedAt to decision, last ~2 min)");
    }
}
