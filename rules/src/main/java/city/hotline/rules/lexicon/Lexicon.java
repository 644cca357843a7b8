package city.hotline.rules.lexicon;

import city.hotline.rules.text.TextNormaliser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The dictionary that turns free text into keyword facts: rows of
 * {@code group,line,department,words} with {@code |} between the words, {@code #} for comments.
 *
 * <p>Where words overlap in a text, the longer one wins ({@code 下水道堵了} is a drain, not a
 * blocked car; {@code 聚众赌博} is gambling, not a gathering), so a more specific phrase overrides
 * the general words inside it. Grammar words (negation, time) are matched in a pass of their
 * own, so that {@code 还在打} never hides the {@code 打桩} it overlaps.
 */
public final class Lexicon {

    private static final String HEADER = "group,line,department,words";
    private static final Set<String> LINES = Set.of("110", "12345", "114", WordGroup.CUE, WordGroup.GRAMMAR);
    private static final Pattern NAME = Pattern.compile("[a-z][a-z_]*");
    private static final Pattern DEPARTMENT = Pattern.compile("[A-Z][A-Z_]*");

    private final List<WordGroup> groups;
    private final KeywordMatcher<WordGroup> matterWords;
    private final KeywordMatcher<WordGroup> grammarWords;

    private Lexicon(List<WordGroup> groups) {
        this.groups = List.copyOf(groups);
        this.matterWords = matcherOf(groups.stream().filter(group -> !group.isGrammar()).toList());
        this.grammarWords = matcherOf(groups.stream().filter(WordGroup::isGrammar).toList());
    }

    private static KeywordMatcher<WordGroup> matcherOf(List<WordGroup> groups) {
        Map<String, WordGroup> byWord = new HashMap<>();
        groups.forEach(group -> group.words().forEach(word -> byWord.put(word, group)));
        return new KeywordMatcher<>(byWord);
    }

    /**
     * Reads the CSV, rejecting anything a business editor could get wrong: an unknown line, a
     * 12345 group without a department, a group named twice, a word in two groups (of the same
     * pass: a grammar word may also name a matter).
     *
     * @throws IllegalArgumentException naming the line at fault
     */
    public static Lexicon parse(String csv) {
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
                require(row.equals(HEADER), n, "expected the header '" + HEADER + "'");
                headerSeen = true;
                continue;
            }
            WordGroup group = parseRow(row, n);
            require(names.add(group.name()), n, "group '" + group.name() + "' is defined twice");
            for (String word : group.words()) {
                // Grammar words are matched in a pass of their own, so 扬言 may be a threat and a hypothesis.
                String other = groupOfWord.putIfAbsent((group.isGrammar() ? "grammar:" : "") + word, group.name());
                require(other == null, n,
                        "word '" + word + "' is already in group '" + other + "'");
            }
            groups.add(group);
        }
        if (groups.isEmpty()) {
            throw new IllegalArgumentException("lexicon has no word groups");
        }
        return new Lexicon(groups);
    }

    private static WordGroup parseRow(String row, int n) {
        String[] cells = row.split(",", 4);
        require(cells.length == 4, n, "expected 4 cells: " + HEADER);
        String name = cells[0].strip();
        String line = cells[1].strip();
        String department = cells[2].strip();
        require(NAME.matcher(name).matches(), n, "group name must be lower_case: '" + name + "'");
        require(LINES.contains(line), n, "line must be one of " + LINES + ": '" + line + "'");
        if (line.equals("12345")) {
            require(DEPARTMENT.matcher(department).matches(), n, "a 12345 group needs a department code");
        } else {
            require(department.isEmpty(), n, "only 12345 groups name a department");
        }
        List<String> words = Arrays.stream(cells[3].split("\\|"))
                .map(TextNormaliser::normalise)
                .distinct()
                .toList();
        require(words.stream().noneMatch(String::isEmpty), n, "empty word in group '" + name + "'");
        return new WordGroup(name, line, department.isEmpty() ? null : department, words);
    }

    private static void require(boolean condition, int row, String message) {
        if (!condition) {
            throw new IllegalArgumentException("lexicon line " + (row + 1) + ": " + message);
        }
    }

    public List<WordGroup> groups() {
        return groups;
    }

    /**
     * The words in normalised text, in text order: matter words and cues, the longer kept where
     * two overlap, and grammar words, the longer kept where two of them overlap.
     */
    public List<WordHit> find(String normalisedText) {
        List<WordHit> hits = new ArrayList<>();
        for (KeywordMatcher<WordGroup> matcher : List.of(matterWords, grammarWords)) {
            matcher.findLongest(normalisedText).forEach(o -> hits.add(new WordHit(o.value(), o.keyword(), o.start())));
        }
        hits.sort(Comparator.comparingInt(WordHit::position));
        return hits;
    }
}
