package city.hotline.rules;

import city.hotline.rules.catalogue.Catalogue;
import city.hotline.rules.catalogue.ItemDictionary;
import city.hotline.rules.catalogue.TransferItem;
import city.hotline.rules.lexicon.Lexicon;
import city.hotline.rules.model.ModelInput;
import city.hotline.rules.text.Segmenter;

import java.util.HashSet;
import java.util.Set;

/**
 * The text pipeline of one rulebase: segmenter (with the concept table's and the catalogue's words
 * as its user dictionary), concept table and catalogue matcher. Immutable and thread-safe.
 */
public final class TextReading {

    private final Lexicon lexicon;
    private final ItemDictionary items;
    private final Segmenter segmenter;

    TextReading(Lexicon lexicon, Catalogue catalogue) {
        this.lexicon = lexicon;
        this.items = new ItemDictionary(catalogue);
        Set<String> userWords = new HashSet<>(lexicon.curatedWords());
        for (TransferItem item : catalogue.items()) {
            userWords.addAll(item.keywords());
            userWords.addAll(item.synonyms());
        }
        this.segmenter = new Segmenter(userWords);
    }

    /** The pipeline of the rulebase shipped in this jar (its model is not read). */
    public static TextReading fromClasspath() {
        Rulebase rulebase = Rulebase.withoutModel();
        return new TextReading(rulebase.lexicon(), rulebase.catalogue());
    }

    Features read(ClassificationRequest request) {
        return Features.of(request, lexicon, items, segmenter);
    }

    /** What the learned model reads of this request. */
    public ModelInput modelInput(ClassificationRequest request) {
        return read(request).modelInput();
    }
}
