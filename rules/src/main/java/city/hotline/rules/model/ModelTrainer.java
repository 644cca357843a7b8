package city.hotline.rules.model;

import city.hotline.rules.ClassificationRequest;
import city.hotline.rules.TextReading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trains the router's model from the corpus and writes it where the jar picks it up; run by the
 * build (rules/pom.xml, phase {@code process-classes}): {@code ModelTrainer CORPUS_DIR MODEL_FILE}.
 * The text pipeline is the shipped one, so the model reads requests exactly as the classifier
 * will.
 */
public final class ModelTrainer {

    private ModelTrainer() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ModelTrainer CORPUS_DIR MODEL_FILE");
            System.exit(2);
        }
        long started = System.nanoTime();
        List<Corpus.Entry> corpus = Corpus.read(Path.of(args[0]));
        TextReading reading = TextReading.fromClasspath();
        List<TrainingExample> examples = corpus.stream()
                .map(entry -> new TrainingExample(
                        reading.modelInput(new ClassificationRequest(entry.channel(), entry.text(), null)), entry.label()))
                .toList();
        RouterModel model = RouterModel.train(examples);
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        model.write(out);
        Map<String, Integer> perLabel = new TreeMap<>();
        examples.forEach(example -> perLabel.merge(example.label().name(), 1, Integer::sum));
        long right = examples.stream().filter(example -> example.label().equals(RouteLabel.of(model.vote(example.input()))))
                .count();
        System.out.printf("model %s: %d requests, %d labels, %d features, %.1f%% right on its own corpus, %d ms%n",
                model.digest(), examples.size(), perLabel.size(), model.features(), 100.0 * right / examples.size(),
                (System.nanoTime() - started) / 1_000_000);
        System.out.println("requests per label: " + perLabel);
    }
}
