package city.hotline.rules.concept;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The extended Cilin thesaurus (哈工大《同义词词林》扩展版) that ships inside HanLP as
 * {@code data/dictionary/synonym/CoreSynonym.txt}: 17,817 groups of words, each under an
 * eight-character code such as {@code Hi44A01=}. The code is a path in a five-level tree
 * (major class {@code H} activities, medium {@code Hi} social life, minor {@code Hi44} fighting,
 * word group {@code Hi44A}, atom group {@code Hi44A01}) and a flag: {@code =} synonyms, {@code #}
 * related words, {@code @} a word on its own. A concept names a class by any prefix of that path.
 *
 * <p>Immutable; loaded once per JVM (about 60 ms).
 */
public final class Thesaurus {

    static final String RESOURCE = "data/dictionary/synonym/CoreSynonym.txt";
    private static final int ATOM_CODE_LENGTH = 7;

    /** Atom-group code (7 characters, flag dropped) to its words, in code order. */
    private final TreeMap<String, List<String>> groups;
    private final Map<String, List<String>> codesOfWord;

    private Thesaurus(TreeMap<String, List<String>> groups) {
        this.groups = groups;
        Map<String, List<String>> codes = new HashMap<>();
        groups.forEach((code, words) -> words.forEach(word -> codes.computeIfAbsent(word, w -> new ArrayList<>()).add(code)));
        codes.replaceAll((word, list) -> List.copyOf(list));
        this.codesOfWord = Map.copyOf(codes);
    }

    /** Read on first use, once per JVM (the class loader's lock makes it safe). */
    private static final class Shipped {
        static final Thesaurus THESAURUS = load();
    }

    /** The thesaurus in HanLP's jar. */
    public static Thesaurus shipped() {
        return Shipped.THESAURUS;
    }

    private static Thesaurus load() {
        try (InputStream in = Thesaurus.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the Cilin thesaurus is missing from the classpath: " + RESOURCE
                        + " (it ships in com.hankcs:hanlp portable)");
            }
            TreeMap<String, List<String>> groups = new TreeMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String row;
            while ((row = reader.readLine()) != null) {
                String[] cells = row.replace("\uFEFF", "").strip().split("\\s+");
                if (cells.length < 2 || cells[0].length() < ATOM_CODE_LENGTH) {
                    continue;
                }
                groups.put(cells[0].substring(0, ATOM_CODE_LENGTH), List.of(cells).subList(1, cells.length));
            }
            return new Thesaurus(groups);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Whether any group lies under this class, e.g. {@code Hi44} or {@code Hi44A01}. */
    public boolean hasClass(String classPrefix) {
        String next = groups.ceilingKey(classPrefix);
        return next != null && next.startsWith(classPrefix);
    }

    /** Every word filed under the class, in code order, each once. */
    public List<String> wordsUnder(String classPrefix) {
        return groups.subMap(classPrefix, classPrefix + Character.MAX_VALUE).values().stream()
                .flatMap(List::stream).distinct().toList();
    }

    /** The atom-group codes the word is filed under (a word of several senses has several). */
    public List<String> codesOf(String word) {
        return codesOfWord.getOrDefault(word, List.of());
    }
}
