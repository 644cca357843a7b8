package city.hotline.rules.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of a transfer work order, {@code 【110转12345】…} or {@code 12345转110：…}: which line
 * sent it and where it thinks the matter belongs. The header is the sender's view, so it is read
 * as a claim and taken off the text before the content is matched (its digits are no words).
 *
 * @param from the sending line
 * @param to   the line the sender hands it to
 * @param body the text after the header
 */
public record TransferHeader(String from, String to, String body) {

    private static final String LINE = "(110|12345|114)";
    /** Works on normalised text, where 【】 have become []. */
    private static final Pattern BRACKETED = Pattern.compile("^\\[" + LINE + " ?(?:转|->|→) ?" + LINE + "[^\\]]{0,10}\\]");
    private static final Pattern BARE = Pattern.compile("^" + LINE + " ?(?:转|->|→) ?" + LINE + "(?:工单|警单|转办)? ?[:,]");

    public static Optional<TransferHeader> parse(String normalisedText) {
        for (Pattern form : new Pattern[] {BRACKETED, BARE}) {
            Matcher m = form.matcher(normalisedText);
            if (m.lookingAt()) {
                return Optional.of(new TransferHeader(m.group(1), m.group(2), normalisedText.substring(m.end()).strip()));
            }
        }
        return Optional.empty();
    }
}
