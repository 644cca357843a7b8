package city.hotline.rules.lexicon;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;

/**
 * Finds every occurrence of many keywords in one pass over the text (Aho-Corasick): a trie of
 * the keywords, where each node also links to the longest proper suffix that is itself a trie
 * path, so the scan never steps back. Cost is linear in the text plus the matches, whatever the
 * size of the dictionary. Immutable once built, so one instance serves every thread.
 *
 * <p>A node keeps its children as a sorted array of characters searched by bisection: no boxing
 * and no hashing per character of text, which is where a map-based trie spends its time.
 *
 * @param <T> what a keyword stands for
 */
public final class KeywordMatcher<T> {

    /** One occurrence: the keyword, what it stands for, and where it starts in the text. */
    public record Occurrence<T>(String keyword, T value, int start) {
        public int end() {
            return start + keyword.length();
        }
    }

    private static final class Node<T> {
        /** Children while building, then frozen into the two arrays below. */
        TreeMap<Character, Node<T>> building = new TreeMap<>();
        char[] labels = new char[0];
        List<Node<T>> children = List.of();
        Node<T> suffix;
        /** Keywords ending here, this node's own and those of its suffixes. */
        final List<Map.Entry<String, T>> output = new ArrayList<>();

        Node<T> child(char c) {
            int i = Arrays.binarySearch(labels, c);
            return i >= 0 ? children.get(i) : null;
        }

        void freeze() {
            labels = new char[building.size()];
            int i = 0;
            for (char c : building.keySet()) {
                labels[i++] = c;
            }
            children = List.copyOf(building.values());
            building = null;
        }
    }

    private final Node<T> root = new Node<>();

    public KeywordMatcher(Map<String, T> keywords) {
        keywords.forEach((keyword, value) -> {
            Node<T> node = root;
            for (char c : keyword.toCharArray()) {
                node = node.building.computeIfAbsent(c, k -> new Node<>());
            }
            node.output.add(Map.entry(keyword, value));
        });
        freezeAndLinkSuffixes();
    }

    /** Breadth first, so a node's suffix (always shallower) is linked before the node. */
    private void freezeAndLinkSuffixes() {
        Queue<Node<T>> queue = new ArrayDeque<>();
        root.freeze();
        root.suffix = root;
        root.children.forEach(child -> {
            child.suffix = root;
            queue.add(child);
        });
        while (!queue.isEmpty()) {
            Node<T> node = queue.remove();
            node.freeze();
            for (int i = 0; i < node.labels.length; i++) {
                char c = node.labels[i];
                Node<T> child = node.children.get(i);
                Node<T> s = node.suffix;
                while (s != root && s.child(c) == null) {
                    s = s.suffix;
                }
                Node<T> candidate = s.child(c);
                child.suffix = candidate != null && candidate != child ? candidate : root;
                queue.add(child);
            }
        }
        // Outputs follow suffix links; a suffix is shallower, so add them shallowest first.
        Queue<Node<T>> byDepth = new ArrayDeque<>(root.children);
        while (!byDepth.isEmpty()) {
            Node<T> node = byDepth.remove();
            node.output.addAll(node.suffix.output);
            byDepth.addAll(node.children);
        }
    }

    public List<Occurrence<T>> findAll(String text) {
        List<Occurrence<T>> found = new ArrayList<>();
        Node<T> node = root;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Node<T> next = node.child(c);
            while (next == null && node != root) {
                node = node.suffix;
                next = node.child(c);
            }
            node = next == null ? root : next;
            for (Map.Entry<String, T> keyword : node.output) {
                found.add(new Occurrence<>(keyword.getKey(), keyword.getValue(), i + 1 - keyword.getKey().length()));
            }
        }
        return found;
    }

    /**
     * The keywords in the text with overlaps resolved: where two overlap the longer wins (the
     * earlier of equal length), so a precise phrase overrides the general words inside it. In
     * text order.
     */
    public List<Occurrence<T>> findLongest(String text) {
        List<Occurrence<T>> all = findAll(text);
        all.sort(Comparator.comparingInt((Occurrence<T> o) -> o.keyword().length()).reversed()
                .thenComparingInt(Occurrence::start));
        List<Occurrence<T>> kept = new ArrayList<>();
        for (Occurrence<T> candidate : all) {
            if (kept.stream().noneMatch(k -> candidate.start() < k.end() && k.start() < candidate.end())) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingInt(Occurrence::start));
        return kept;
    }
}
