package city.hotline.rules.catalogue;

import city.hotline.rules.lexicon.KeywordMatcher;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalogue's words as one Aho-Corasick matcher: keywords and synonyms name items,
 * exclusion words cancel them. Immutable, shared by every thread.
 *
 * <p>Among overlapping item words the longer wins, as in the lexicon ({@code 夜间施工} names the
 * night-work item, not the {@code 施工} inside it); exclusion words are found wherever they stand.
 */
public final class ItemDictionary {

    /** An item's word found in normalised text. */
    public record Found(TransferItem item, String word, int position) {
    }

    /** An exclusion word found in normalised text, with the item it cancels. */
    public record Excluded(TransferItem item, String word, int position) {
    }

    private final KeywordMatcher<List<TransferItem>> naming;
    private final KeywordMatcher<List<TransferItem>> excluding;

    public ItemDictionary(Catalogue catalogue) {
        Map<String, List<TransferItem>> names = new HashMap<>();
        Map<String, List<TransferItem>> exclusions = new HashMap<>();
        for (TransferItem item : catalogue.items()) {
            item.keywords().forEach(word -> add(names, word, item));
            item.synonyms().forEach(word -> add(names, word, item));
            item.exclusions().forEach(word -> add(exclusions, word, item));
        }
        this.naming = new KeywordMatcher<>(names);
        this.excluding = new KeywordMatcher<>(exclusions);
    }

    private static void add(Map<String, List<TransferItem>> index, String word, TransferItem item) {
        List<TransferItem> items = index.computeIfAbsent(word, w -> new ArrayList<>());
        if (!items.contains(item)) {
            items.add(item);
        }
    }

    /** Item words in normalised text, the longer kept where two overlap, in text order. */
    public List<Found> find(String normalisedText) {
        List<Found> found = new ArrayList<>();
        naming.findLongest(normalisedText).forEach(o ->
                o.value().forEach(item -> found.add(new Found(item, o.keyword(), o.start()))));
        return found;
    }

    public List<Excluded> exclusions(String normalisedText) {
        List<Excluded> found = new ArrayList<>();
        excluding.findAll(normalisedText).forEach(o ->
                o.value().forEach(item -> found.add(new Excluded(item, o.keyword(), o.start()))));
        return found;
    }
}
