package city.hotline.rules.model;

import org.tribuo.FeatureMap;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.VariableInfo;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds the model's ids of a request's features without building their names: a word and a concept
 * by its own string, a bigram by its two chars packed in an int, in a sorted table. Building
 * {@code "b:" + two chars} for each of a request's hundred bigrams and hashing the new strings
 * was a fifth of a warm decision (JFR, the bench mix).
 */
final class FeatureIds {

    private final Map<String, Integer> words;
    private final Map<String, Integer> concepts;
    private final int[] bigramKeys;
    private final int[] bigramIds;

    private FeatureIds(Map<String, Integer> words, Map<String, Integer> concepts, int[] bigramKeys, int[] bigramIds) {
        this.words = words;
        this.concepts = concepts;
        this.bigramKeys = bigramKeys;
        this.bigramIds = bigramIds;
    }

    static FeatureIds of(ImmutableFeatureMap featureMap) {
        Map<String, Integer> words = new HashMap<>();
        Map<String, Integer> concepts = new HashMap<>();
        Map<Integer, Integer> bigrams = new HashMap<>();
        for (VariableInfo feature : (FeatureMap) featureMap) {
            String name = feature.getName();
            int id = featureMap.getID(name);
            if (name.startsWith(ModelInput.WORD)) {
                words.put(name.substring(ModelInput.WORD.length()), id);
            } else if (name.startsWith(ModelInput.CONCEPT)) {
                concepts.put(name.substring(ModelInput.CONCEPT.length()), id);
            } else if (name.startsWith(ModelInput.BIGRAM) && name.length() == ModelInput.BIGRAM.length() + 2) {
                bigrams.put(ModelInput.bigramKey(name.charAt(name.length() - 2), name.charAt(name.length() - 1)), id);
            } else {
                throw new IllegalStateException("the model holds a feature no request gives: " + name);
            }
        }
        int[] keys = bigrams.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        int[] ids = Arrays.stream(keys).map(bigrams::get).toArray();
        return new FeatureIds(words, concepts, keys, ids);
    }

    /** The ids of the input's features the model knows, each once: a feature counts by presence, as in training. */
    int[] distinctKnown(ModelInput input) {
        String text = input.text();
        int[] found = new int[input.words().size() + input.concepts().size() + Math.max(0, text.length() - 1)];
        int known = 0;
        for (String word : input.words()) {
            known = add(words.get(word), found, known);
        }
        for (String concept : input.concepts()) {
            known = add(concepts.get(concept), found, known);
        }
        for (int i = 0; i + 1 < text.length(); i++) {
            char first = text.charAt(i);
            char second = text.charAt(i + 1);
            if (ModelInput.isBigram(first, second)) {
                int at = Arrays.binarySearch(bigramKeys, ModelInput.bigramKey(first, second));
                if (at >= 0) {
                    found[known++] = bigramIds[at];
                }
            }
        }
        Arrays.sort(found, 0, known);
        int distinct = 0;
        for (int i = 0; i < known; i++) {
            if (i == 0 || found[i] != found[i - 1]) {
                found[distinct++] = found[i];
            }
        }
        return Arrays.copyOf(found, distinct);
    }

    private static int add(Integer id, int[] found, int known) {
        if (id == null) {
            return known;
        }
        found[known] = id;
        return known + 1;
    }
}
