package city.hotline.rules.facts;

import city.hotline.rules.catalogue.TransferItem;

/**
 * The request is about this transfer item: its words were found and none of its exclusions.
 *
 * @param words         how many of the item's words the request contains
 * @param firstPosition where the first of them stands
 */
public record ItemMatter(TransferItem item, int words, int firstPosition) implements Matter, HotlineSignal, Evidence {

    public String code() {
        return item.code();
    }

    @Override
    public String line() {
        return item.line();
    }

    public Integer category() {
        return item.category();
    }

    @Override
    public String department() {
        return item.department();
    }

    @Override
    public int weight() {
        return words;
    }

    @Override
    public int items() {
        return 1;
    }

    @Override
    public int position() {
        return firstPosition;
    }

    /** Whether the decision may name this item: same line, and the same category or department. */
    public boolean fits(Decided decided) {
        if (!line().equals(decided.line())) {
            return false;
        }
        return item.isPolice() ? category().equals(decided.category()) : department().equals(decided.department());
    }

    /** More words name it, or as many and it is mentioned first; the code breaks a full tie. */
    public boolean outranks(ItemMatter other) {
        if (words != other.words) {
            return words > other.words;
        }
        if (firstPosition != other.firstPosition) {
            return firstPosition < other.firstPosition;
        }
        return code().compareTo(other.code()) < 0;
    }

    /** Equal when they name the same item the same way: comparing codes, not whole catalogue rows. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ItemMatter that
                && code().equals(that.code()) && words == that.words && firstPosition == that.firstPosition;
    }

    @Override
    public int hashCode() {
        return (code().hashCode() * 31 + words) * 31 + firstPosition;
    }

    @Override
    public String describe() {
        return "item:" + code() + " " + item.name();
    }
}
