package city.hotline.rules.facts;

/**
 * Something in the request that points to a 12345 department: a lexicon word, or a transfer
 * item (which counts as many times as it has words in the text).
 */
public interface HotlineSignal {

    /** 110 or 12345; only 12345 signals choose a department. */
    String line();

    /** departments.csv code, or {@code null}. */
    String department();

    /** How many words this signal stands for. */
    int weight();

    /** Where in the text the signal starts. */
    int position();

    /** 1 for a transfer item, 0 for a loose word: an item breaks a tie between departments. */
    int items();
}
