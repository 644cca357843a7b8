package city.hotline.router.whatif;

import city.hotline.router.privacy.PhoneMasker;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The tally of one replay: each ticket's candidate routing against its live one. Not thread-safe: one replay. */
final class Comparison {

    static final int MAX_EXAMPLES = 50;
    static final int MAX_TEXT = 200;

    private int replayed;
    private int unmatched;
    private int line;
    private int category;
    private int item;
    private int department;
    private int any;
    private final List<WhatIfRun.Example> examples = new ArrayList<>();

    void unmatched(int records) {
        unmatched += records;
    }

    void compare(String ticketId, String text, Routing live, Routing candidate) {
        replayed++;
        boolean lineChanged = !Objects.equals(live.line(), candidate.line());
        boolean categoryChanged = !Objects.equals(live.category(), candidate.category());
        boolean itemChanged = !Objects.equals(live.item(), candidate.item());
        boolean departmentChanged = !Objects.equals(live.department(), candidate.department());
        line += lineChanged ? 1 : 0;
        category += categoryChanged ? 1 : 0;
        item += itemChanged ? 1 : 0;
        department += departmentChanged ? 1 : 0;
        if (lineChanged || categoryChanged || itemChanged || departmentChanged) {
            any++;
            if (examples.size() < MAX_EXAMPLES) {
                examples.add(new WhatIfRun.Example(ticketId, excerpt(text), live, candidate));
            }
        }
    }

    int replayed() {
        return replayed;
    }

    int unmatched() {
        return unmatched;
    }

    WhatIfRun.Changed changed() {
        return new WhatIfRun.Changed(line, category, item, department, any);
    }

    List<WhatIfRun.Example> examples() {
        return List.copyOf(examples);
    }

    /** The text as a supervisor may read it: no phone number in clear, and short enough for a table row. */
    static String excerpt(String text) {
        String masked = PhoneMasker.maskText(text);
        if (masked.length() <= MAX_TEXT) {
            return masked;
        }
        int end = MAX_TEXT - 1; // room for the ellipsis
        if (Character.isHighSurrogate(masked.charAt(end - 1))) {
            end--; // never half a character
        }
        return masked.substring(0, end) + "…";
    }
}
