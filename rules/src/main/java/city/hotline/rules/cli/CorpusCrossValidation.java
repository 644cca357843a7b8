package city.hotline.rules.cli;

import city.hotline.rules.ClassificationRequest;
import city.hotline.rules.Classifier;
import city.hotline.rules.Rulebase;
import city.hotline.rules.TextReading;
import city.hotline.rules.model.Corpus;
import city.hotline.rules.model.ModelInput;
import city.hotline.rules.model.RouterModel;
import city.hotline.rules.model.TrainingExample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code bin/evaluate --corpus DIR [FOLDS]}: k-fold cross-validation of the whole classifier on the
 * model's own corpus. Each fold trains a model on the other folds, builds the shipped rules around
 * it and classifies the held-out requests; the scores add up over the folds. This is the set the
 * rules and thresholds may be tuned on: the dev set, the challenge set and the external messages
 * stay test sets.
 */
final class CorpusCrossValidation {

    static final int DEFAULT_FOLDS = 5;

    private CorpusCrossValidation() {
    }

    static void run(Path folder, int folds) throws IOException {
        List<Corpus.Entry> corpus = Corpus.read(folder);
        TextReading reading = TextReading.fromClasspath();
        List<ModelInput> inputs = corpus.stream()
                .map(entry -> reading.modelInput(new ClassificationRequest(entry.channel(), entry.text(), null)))
                .toList();
        Scorecard scorecard = new Scorecard();
        String version = "";
        for (int fold = 0; fold < folds; fold++) {
            List<TrainingExample> training = new ArrayList<>();
            for (int i = 0; i < corpus.size(); i++) {
                if (i % folds != fold) {
                    training.add(new TrainingExample(inputs.get(i), corpus.get(i).label()));
                }
            }
            Classifier classifier = Classifier.build(Rulebase.fromClasspath().withModel(RouterModel.train(training)));
            version = classifier.rulebaseVersion();
            for (int i = fold; i < corpus.size(); i += folds) {
                LabelledCase held = LabelledCase.ofCorpus(corpus.get(i));
                scorecard.add(held, classifier.classify(held.request()));
            }
            System.err.printf("fold %d of %d done%n", fold + 1, folds);
        }
        System.out.println(folder + ": " + folds + "-fold cross-validation (each request classified by a model that never saw it)");
        scorecard.print(System.out, version + " (last fold)");
    }
}
