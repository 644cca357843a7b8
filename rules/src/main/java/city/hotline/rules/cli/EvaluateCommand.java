package city.hotline.rules.cli;

import city.hotline.rules.Classification;
import city.hotline.rules.Classifier;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code bin/evaluate FILE}: classifies every row of a labelled JSON Lines file and prints line,
 * category, department and plate accuracy, confusion tables and the misclassified ids. Rows
 * that cannot be read are listed and left out of the scores. {@code bin/evaluate --corpus DIR}
 * cross-validates the whole classifier on the model's corpus instead ({@link CorpusCrossValidation}).
 */
public final class EvaluateCommand {

    private EvaluateCommand() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length >= 2 && args[0].equals("--corpus")) {
            CorpusCrossValidation.run(Path.of(args[1]),
                    args.length > 2 ? Integer.parseInt(args[2]) : CorpusCrossValidation.DEFAULT_FOLDS);
            return;
        }
        if (args.length != 1) {
            System.err.println("usage: bin/evaluate FILE.jsonl | bin/evaluate --corpus rules/corpus [FOLDS]");
            System.exit(2);
        }
        Classifier classifier = Classifier.fromClasspath();
        Scorecard scorecard = new Scorecard();
        List<String> rows = Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8);
        int unreadable = 0;
        for (int n = 0; n < rows.size(); n++) {
            if (rows.get(n).isBlank()) {
                continue;
            }
            try {
                LabelledCase labelled = LabelledCase.of(JsonLines.parse(rows.get(n)));
                Classification got = classifier.classify(labelled.request());
                scorecard.add(labelled, got);
            } catch (JsonLines.BadLine e) {
                unreadable++;
                System.out.println("line " + (n + 1) + " skipped: " + e.getMessage());
            }
        }
        System.out.println(args[0] + (unreadable > 0 ? " (" + unreadable + " rows skipped)" : ""));
        scorecard.print(System.out, classifier.rulebaseVersion());
    }
}
