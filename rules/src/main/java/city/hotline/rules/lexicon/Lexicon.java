package city.hotline.rules.lexicon;

import city.hotline.rules.concept.Thesaurus;
import city.hotline.rules.text.TextNormaliser;
import city.hotline.rules.text.Token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The concept table that turns free text into facts: rows of
 * {@code group,line,department,thesaurus,words,exclusions}, lists {@code |}-separated, {@code #}
 * for comments.
 *
 * <p>A concept's curated words are found anywhere in the text; where they overlap, the longer one
 * wins ({@code 下水道堵了} is a drain, not a blocked car), so a precise phrase overrides the general
 * words inside it. Its thesaurus classes add every word the Cilin thesaurus files under them, found
 * only as a whole segmented word and only where no curated word covers it, so a word nobody listed
 * (斗殴, 殴打, 围殴) still counts, but never inside another word. A class word counts only where
 * most of its senses lie in the concept's classes, is not one character long, is not excluded and
 * is reached from one concept only: 打 (21 senses) or 门 are too ambiguous to route anything.
 * Grammar words (negation, time) and frame words (a place, a person, a complaint) are matched in a
 * pass of their own, so that {@code 还在打} never hides the {@code 打桩} it overlaps, nor
 * {@code 要求退} the {@code 退货}.
 */
public final class Lexicon {

    public static final String FILE = "lexicon.csv";
    private static final String HEADER = "group,line,department,thesaurus,words,exclusions";
    private static final String[] FIELDS = HEADER.split(",");
    private static final Set<String> LINES = Set.of("110", "12345", "114", WordGroup.CUE, WordGroup.GRAMMAR,
            WordGroup.FRAME);
    private static final Pattern NAME = Pattern.compile("[a-z][a-z_]*");
    private static final Pattern DEPARTMENT = Pattern.compile("[A-Z][A-Z_]*");
    private static final Pattern CLASS = Pattern.compile("[A-L]([a-z]([0-9]{2}([A-Z]([0-9]{2})?)?)?)?");

    private final List<WordGroup> groups;
    private final KeywordMatcher<WordGroup> matterWords;
    private final KeywordMatcher<WordGroup> apartWords;
    /** Thesaurus word to the concept it means and the atom group it came from. */
    private final Map<String, ClassWord> classWords;

    private record ClassWord(WordGroup group, String code) {
    }

    private Lexicon(List<WordGroup> groups, Map<String, ClassWord> classWords) {
        this.groups = List.copyOf(groups);
        this.matterWords = matcherOf(groups.stream().filter(group -> !group.matchedApart()).toList());
        this.apartWords = matcherOf(groups.stream().filter(WordGroup::matchedApart).toList());
        this.classWords = Map.copyOf(classWords);
    }

    private static KeywordMatcher<WordGroup> matcherOf(List<WordGroup> groups) {
        Map<String, WordGroup> byWord = new HashMap<>();
        groups.forEach(group -> group.words().forEach(word -> byWord.put(word, group)));
        return new KeywordMatcher<>(byWord);
    }

    /** {@link #parse(String, Thesaurus)} with the thesaurus HanLP ships. */
    public static Lexicon parse(String csv) {
        return parse(csv, Thesaurus.shipped());
    }

    /**
     * Reads the table, rejecting anything a business editor could get wrong: an unknown line, a
     * 12345 group without a department, a group named twice, a curated word in two groups (of the
     * same pass: a grammar or frame word may also name a matter), a thesaurus class that is not one.
     *
     * @throws IllegalArgumentException naming the file, line and field at fault
     */
    public static Lexicon parse(String csv, Thesaurus thesaurus) {
        List<WordGroup> groups = new ArrayList<>();
        Map<String, String> groupOfWord = new HashMap<>();
        Set<String> names = new HashSet<>();
        String[] rows = csv.split("\\R");
        boolean headerSeen = false;
        for (int n = 0; n < rows.length; n++) {
            String row = rows[n].strip();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            if (!headerSeen) {
                require(row.equals(HEADER), n, null, "expected the header '" + HEADER + "'");
                headerSeen = true;
                continue;
            }
            WordGroup group = parseRow(row, n, thesaurus);
            require(names.add(group.name()), n, "group", "group '" + group.name() + "' is defined twice");
            for (String word : group.words()) {
                // Grammar and frame words are matched in a pass of their own, so 扬言 may be a threat and a hypothesis.
                String other = groupOfWord.putIfAbsent((group.matchedApart() ? "apart:" : "") + word, group.name());
                require(other == null, n, "words", "word '" + word + "' is already in group '" + other + "'");
            }
            groups.add(group);
        }
        if (groups.isEmpty()) {
            throw new IllegalArgumentException(FILE + ": the table has no concepts");
        }
        return new Lexicon(groups, classWords(groups, thesaurus));
    }

    private static WordGroup parseRow(String row, int n, Thesaurus thesaurus) {
        String[] cells = row.split(",", -1);
        require(cells.length == FIELDS.length, n, null,
                "expected " + FIELDS.length + " cells (" + HEADER + "), found " + cells.length);
        String name = cells[0].strip();
        String line = cells[1].strip();
        String department = cells[2].strip();
        require(NAME.matcher(name).matches(), n, "group", "must be lower_case: '" + name + "'");
        require(LINES.contains(line), n, "line", "must be one of " + LINES + ": '" + line + "'");
        if (line.equals("12345")) {
            require(DEPARTMENT.matcher(department).matches(), n, "department", "a 12345 group needs a department code");
        } else {
            require(department.isEmpty(), n, "department", "only 12345 groups name a department");
        }
        List<String> classes = list(cells[3]);
        for (String code : classes) {
            require(CLASS.matcher(code).matches(), n, "thesaurus",
                    "'" + code + "' is not a Cilin class code (e.g. Hi44, Hi44A, Hi44A01)");
            require(thesaurus.hasClass(code), n, "thesaurus", "no Cilin class '" + code + "' in the thesaurus");
        }
        require(classes.isEmpty() || !line.equals(WordGroup.GRAMMAR), n, "thesaurus",
                "grammar groups are curated words only");
        List<String> words = list(cells[4]).stream().map(TextNormaliser::normalise).distinct().toList();
        require(!words.isEmpty() || !classes.isEmpty(), n, "words", "group '" + name + "' has neither words nor classes");
        List<String> exclusions = list(cells[5]).stream().map(TextNormaliser::normalise).toList();
        return new WordGroup(name, line, department.isEmpty() ? null : department, classes, words, exclusions);
    }

    private static List<String> list(String cell) {
        String stripped = cell.strip();
        return stripped.isEmpty() ? List.of()
                : Arrays.stream(stripped.split("\\|")).map(String::strip).filter(word -> !word.isEmpty()).toList();
    }

    /** The words the classes bring in, each to the one concept it means (see the class comment). */
    private static Map<String, ClassWord> classWords(List<WordGroup> groups, Thesaurus thesaurus) {
        Set<String> curated = new HashSet<>();
        groups.forEach(group -> curated.addAll(group.words()));
        Map<String, ClassWord> found = new LinkedHashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (WordGroup group : groups) {
            for (String code : group.classes()) {
                for (String word : thesaurus.wordsUnder(code)) {
                    String normalised = TextNormaliser.normalise(word);
                    if (normalised.length() < 2 || curated.contains(normalised) || group.exclusions().contains(normalised)
                            || !mostSensesIn(thesaurus.codesOf(word), group.classes())) {
                        continue;
                    }
                    ClassWord previous = found.putIfAbsent(normalised, new ClassWord(group, atomOf(thesaurus, word, code)));
                    if (previous != null && previous.group() != group) {
                        ambiguous.add(normalised);
                    }
                }
            }
        }
        ambiguous.forEach(found::remove);
        return found;
    }

    private static boolean mostSensesIn(List<String> senses, List<String> classes) {
        long inside = senses.stream().filter(sense -> classes.stream().anyMatch(sense::startsWith)).count();
        return inside * 2 >= senses.size();
    }

    private static String atomOf(Thesaurus thesaurus, String word, String classPrefix) {
        return thesaurus.codesOf(word).stream().filter(code -> code.startsWith(classPrefix)).findFirst().orElse(classPrefix);
    }

    private static void require(boolean condition, int row, String field, String message) {
        if (!condition) {
            throw new IllegalArgumentException(FILE + " line " + (row + 1)
                    + (field == null ? "" : ", field " + field) + ": " + message);
        }
    }

    public List<WordGroup> groups() {
        return groups;
    }

    /** The concept a thesaurus class gives this word, if any (for the rules' authors and tests). */
    public String conceptOfClassWord(String word) {
        ClassWord classWord = classWords.get(word);
        return classWord == null ? null : classWord.group().name();
    }

    /**
     * The concepts' words in normalised text, in text order: curated matter words and cues, the
     * longer kept where two overlap; grammar and frame words, the longer kept where two of them
     * overlap; and thesaurus words among the segmented tokens that no curated word of their pass
     * covers.
     */
    public List<WordHit> find(String normalisedText, List<Token> tokens) {
        List<WordHit> matter = curated(matterWords, normalisedText);
        List<WordHit> apart = curated(apartWords, normalisedText);
        List<WordHit> hits = new ArrayList<>(matter);
        hits.addAll(apart);
        for (Token token : tokens) {
            ClassWord classWord = classWords.get(token.word());
            if (classWord != null && !covered(token, classWord.group().matchedApart() ? apart : matter)) {
                hits.add(new WordHit(classWord.group(), token.word(), token.position(), classWord.code()));
            }
        }
        hits.sort(Comparator.comparingInt(WordHit::position));
        return hits;
    }

    private static boolean covered(Token token, List<WordHit> curated) {
        for (WordHit hit : curated) {
            if (hit.position() < token.end() && token.position() < hit.end()) {
                return true;
            }
        }
        return false;
    }

    private static List<WordHit> curated(KeywordMatcher<WordGroup> matcher, String normalisedText) {
        List<WordHit> hits = new ArrayList<>();
        matcher.findLongest(normalisedText).forEach(o -> hits.add(new WordHit(o.value(), o.keyword(), o.start(), null)));
        return hits;
    }

    /** Every curated word of the table, for the segmenter's user dictionary. */
    public Set<String> curatedWords() {
        Set<String> words = new HashSet<>();
        groups.forEach(group -> words.addAll(group.words()));
        return words;
    }
}
