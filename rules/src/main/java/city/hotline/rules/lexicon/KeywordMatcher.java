package city.hotline.rules.lexicon;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/**
 * Finds every occurrence of many keywords in one pass over the text (Aho-Corasick): a trie of
 * the keywords, where each node also links to the longest proper suffix that is itself a trie
 * path, so the scan never steps back. Cost is linear in the text plus the matches, whatever the
 * size of the dictionary. Immutable once built, so one instance serves every thread.
 *
 * @param <T> what a keyword stands for
 */
final class KeywordMatcher<T> {

    /** One occurrence: the keyword, what it stands for, and where it starts in the text. */
    record Occurrence<T>(String keyword, T value, int start) {
        int end() {
            return start + keyword.length();
        }
    }

    private static final class Node<T> {
        final Map<Character, Node<T>> next = new HashMap<>();
        Node<T> suffix;
        /** Keywords ending here, this node's own and those of its suffixes. */
        final List<Map.Entry<String, T>> output = new ArrayList<>();
    }

    private final Node<T> root = new Node<>();

    KeywordMatcher(Map<String, T> keywords) {
        keywords.forEach((keyword, value) -> {
            Node<T> node = root;
            for (char c : keyword.toCharArray()) {
                node = node.next.computeIfAbsent(c, k -> new Node<>());
            }
            node.output.add(Map.entry(keyword, value));
        });
        linkSuffixes();
    }

    /** Breadth first, so a node's suffix (always shallower) is linked before the node. */
    private void linkSuffixes() {
        Queue<Node<T>> queue = new ArrayDeque<>();
        root.suffix = root;
        root.next.values().forEach(child -> {
            child.suffix = root;
            queue.add(child);
        });
        while (!queue.isEmpty()) {
            Node<T> node = queue.remove();
            node.next.forEach((c, child) -> {
                Node<T> s = node.suffix;
                while (s != root && !s.next.containsKey(c)) {
                    s = s.suffix;
                }
                Node<T> candidate = s.next.get(c);
                child.suffix = candidate != null && candidate != child ? candidate : root;
                child.output.addAll(child.suffix.output);
                queue.add(child);
            });
        }
    }

    List<Occurrence<T>> findAll(String text) {
        List<Occurrence<T>> found = new ArrayList<>();
        Node<T> node = root;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            while (node != root && !node.next.containsKey(c)) {
                node = node.suffix;
            }
            node = node.next.getOrDefault(c, root);
            for (Map.Entry<String, T> keyword : node.output) {
                found.add(new Occurrence<>(keyword.getKey(), keyword.getValue(), i + 1 - keyword.getKey().length()));
            }
        }
        return found;
    }
}
