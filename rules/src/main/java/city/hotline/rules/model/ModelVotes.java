package city.hotline.rules.model;

import city.hotline.rules.facts.ModelVote;

import java.util.LinkedHashMap;
import java.util.Map;

/** The vote from the model's probabilities: the most probable line, summed over its labels, then its best label. */
final class ModelVotes {

    private ModelVotes() {
    }

    static ModelVote of(RouteLabel[] labels, double[] probabilities) {
        Map<String, Double> byLine = new LinkedHashMap<>();
        for (int label = 0; label < labels.length; label++) {
            byLine.merge(labels[label].line(), probabilities[label], Double::sum);
        }
        String line = byLine.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        int best = -1;
        for (int label = 0; label < labels.length; label++) {
            if (labels[label].line().equals(line) && (best < 0 || probabilities[label] > probabilities[best])) {
                best = label;
            }
        }
        RouteLabel chosen = labels[best];
        return new ModelVote(chosen.line(), chosen.category(), chosen.department(), probabilities[best], byLine.get(line));
    }
}
