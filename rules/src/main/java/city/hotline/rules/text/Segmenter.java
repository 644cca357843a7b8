package city.hotline.rules.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Splits normalised text into words with HanLP's Viterbi segmenter and its core dictionary, with
 * the router's own words (the concept table's and the catalogue's) in a user dictionary of this
 * segmenter's own, so a phrase such as 消防通道 or 开不出来 stays one word and two classifiers
 * built from different tables do not share words.
 *
 * <p>The part of speech is the dictionary's most frequent tag for the word, not HanLP's
 * part-of-speech Viterbi pass: on a 45-character request that pass costs 55 µs of the 66 µs
 * (docs/rules.md, "Text pipeline"), and the frames only ask whether a word is a numeral, a noun
 * or a verb. Thread-safe: HanLP's segment keeps no state between calls.
 */
public final class Segmenter {

    /** Custom words are tagged as proper nouns of the domain, frequent enough to win over a split. */
    private static final String USER_WORD_NATURE = "nz 1024";

    private final Segment segment;

    public Segmenter(Collection<String> userWords) {
        DynamicCustomDictionary dictionary = new DynamicCustomDictionary();
        userWords.stream().filter(word -> word.length() > 1).forEach(word -> dictionary.insert(word, USER_WORD_NATURE));
        this.segment = HanLP.newSegment()
                .enableCustomDictionary(dictionary)
                .enablePartOfSpeechTagging(false)
                .enableOffset(true);
    }

    public List<Token> tokens(String normalisedText) {
        List<Term> terms = segment.seg(normalisedText);
        List<Token> tokens = new ArrayList<>(terms.size());
        for (Term term : terms) {
            tokens.add(new Token(term.word, term.nature == null ? "x" : term.nature.toString(), term.offset));
        }
        return tokens;
    }
}
