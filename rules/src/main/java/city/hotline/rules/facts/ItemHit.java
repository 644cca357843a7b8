package city.hotline.rules.facts;

import city.hotline.rules.catalogue.TransferItem;

import java.util.List;

/**
 * The keywords and synonyms of one transfer item found in the request (none of them denied):
 * one fact per item, so the rules weigh an item once however many of its words the caller used.
 *
 * @param words    the item's words as found, in text order
 * @param position where the first of them starts
 * @param past     every one of them is told as past, as {@link KeywordHit#past()}
 */
public record ItemHit(TransferItem item, List<String> words, int position, boolean past) implements Evidence {

    public ItemHit {
        words = List.copyOf(words);
    }

    /** The code of the item: rules compare codes, not whole catalogue rows. */
    public String code() {
        return item.code();
    }

    /** The line of the item the words name. */
    public String line() {
        return item.line();
    }

    @Override
    public String describe() {
        return "item:" + item.code() + "=" + String.join("|", words);
    }
}
