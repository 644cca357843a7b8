package city.hotline.bench;

import city.hotline.rules.Classifier;
import city.hotline.rules.Rulebase;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Time to build the shipped rulebase from source (check lexicon and catalogue, compile the DRL,
 * build the KieBase): what start-up and every reload pay. The first build in a fresh JVM is the
 * slowest; the warm ones are what a running router's reload costs.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class BuildBenchmark {

    @Benchmark
    public Classifier buildRulebase() {
        return Classifier.build(Rulebase.fromClasspath());
    }
}
