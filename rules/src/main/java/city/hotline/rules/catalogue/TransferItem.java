package city.hotline.rules.catalogue;

import java.util.List;

/**
 * One row of the transfer-item catalogue (双向转办事项): a matter the wrong line receives and
 * hands to the other, with who handles it and how fast.
 *
 * @param code        {@code TI001}...
 * @param name        the item's name, in a source's wording where a source names it
 * @param group       the kind of matter the item belongs to (a published list's 类)
 * @param direction   which way it is transferred
 * @param line        the line that handles it: 110 or 12345
 * @param category    the 110 category 1-7 for a police item, else {@code null}
 * @param department  departments.csv code; required for 12345 items, optional for 110 ones
 * @param keywords    words that name the item (normalised)
 * @param synonyms    other words callers use for it (normalised)
 * @param exclusions  words that mean the text is about something else (normalised)
 * @param priority    urgency of handling
 * @param accept      time to accept the transfer
 * @param feedback    time to the first feedback
 * @param finish      time to finish
 * @param sources     ids in TRANSFER-SOURCES.md, or {@code own} for items defined here
 * @param examples    phrases that must classify to this item (the catalogue's self-test)
 */
public record TransferItem(
        String code,
        String name,
        String group,
        Direction direction,
        String line,
        Integer category,
        String department,
        List<String> keywords,
        List<String> synonyms,
        List<String> exclusions,
        Priority priority,
        TimeLimit accept,
        TimeLimit feedback,
        TimeLimit finish,
        List<String> sources,
        List<String> examples) {

    public TransferItem {
        keywords = List.copyOf(keywords);
        synonyms = List.copyOf(synonyms);
        exclusions = List.copyOf(exclusions);
        sources = List.copyOf(sources);
        examples = List.copyOf(examples);
    }

    public boolean isPolice() {
        return "110".equals(line);
    }
}
