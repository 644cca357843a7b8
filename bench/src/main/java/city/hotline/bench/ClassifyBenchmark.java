package city.hotline.bench;

import city.hotline.rules.Classification;
import city.hotline.rules.ClassificationRequest;
import city.hotline.rules.Classifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** Warm single-thread classification of a mix of requests: decisions per second. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class ClassifyBenchmark {

    private Classifier classifier;
    private List<ClassificationRequest> requests;
    private int next;

    @Setup
    public void buildTheShippedRulebase() {
        classifier = Classifier.fromClasspath();
        requests = Requests.MIX;
    }

    @Benchmark
    public Classification classify() {
        ClassificationRequest request = requests.get(next);
        next = (next + 1) % requests.size();
        return classifier.classify(request);
    }
}
