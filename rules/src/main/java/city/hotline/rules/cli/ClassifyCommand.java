package city.hotline.rules.cli;

import city.hotline.rules.Classifier;
import tools.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * {@code bin/classify}: JSON Lines in on stdin ({@code {"id","channel","text","dialledLine"?}}),
 * one JSON line out per input line, in order: the decision, or {@code {"id","error"}} for a line
 * that cannot be classified, and the run goes on. Blank input lines are skipped.
 */
public final class ClassifyCommand {

    private final Classifier classifier;

    ClassifyCommand(Classifier classifier) {
        this.classifier = classifier;
    }

    public static void main(String[] args) throws IOException {
        Classifier classifier = Classifier.fromClasspath();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
             Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
            new ClassifyCommand(classifier).run(in, out);
        }
    }

    void run(Reader input, Writer out) throws IOException {
        BufferedReader in = input instanceof BufferedReader buffered ? buffered : new BufferedReader(input);
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            out.write(classifyLine(line));
            out.write('\n');
            if (!in.ready()) {
                out.flush(); // answer an interactive caller now; a piped batch is flushed in blocks
            }
        }
        out.flush();
    }

    String classifyLine(String line) {
        JsonNode input = null;
        try {
            input = JsonLines.parse(line);
            return JsonLines.write(JsonLines.Decision.of(JsonLines.id(input), classifier.classify(JsonLines.request(input))));
        } catch (JsonLines.BadLine e) {
            return JsonLines.write(new JsonLines.Error(JsonLines.id(input), e.getMessage()));
        } catch (RuntimeException e) {
            // A request the classifier cannot handle must not stop the other lines.
            return JsonLines.write(new JsonLines.Error(JsonLines.id(input), "classification failed: " + e));
        }
    }
}
