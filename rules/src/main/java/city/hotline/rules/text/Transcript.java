package city.hotline.rules.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A call transcript from speech-to-text, with both voices marked ({@code 接警员：…报警人：…}).
 *
 * <p>Only what the caller says counts as a fact. An operator's question ({@code 有人受伤吗？})
 * counts only when the caller's next turn confirms it ({@code 有}, {@code 对}, {@code 是的});
 * a caller's denial ({@code 没有}) leaves it out. Later statements stay after earlier ones, so
 * rules that prefer the last word (a corrected plate) read corrections as corrections.
 */
public final class Transcript {

    enum Speaker { OPERATOR, CALLER }

    record Turn(Speaker speaker, String words) {
    }

    private static final String OPERATOR_LABELS = "接警员|话务员|接线员|坐席|客服|调度员|值班员|工作人员|操作员|接警";
    private static final String CALLER_LABELS = "报警人|来电人|来电者|来电市民|市民|群众|求助人|报案人|投诉人|用户|来电|报警者";
    private static final Pattern LABEL = Pattern.compile("(" + OPERATOR_LABELS + "|" + CALLER_LABELS + ") ?:");
    private static final Pattern OPERATOR_LABEL = Pattern.compile(OPERATOR_LABELS);
    /** How a caller's turn opens when it answers "yes" to the question before it. */
    private static final Pattern CONFIRMS = Pattern.compile("^(?:对|是|有|嗯|没错|确实|好像是|应该是)");
    private static final Pattern DENIES = Pattern.compile("^(?:没|不|无|否)");
    private static final Pattern QUESTION = Pattern.compile("\\?|吗|有没有|是不是|对不对|是否");

    private final List<Turn> turns;

    private Transcript(List<Turn> turns) {
        this.turns = turns;
    }

    /** The transcript the normalised text is, when it has at least one caller turn and one operator turn. */
    public static Optional<Transcript> parse(String normalisedText) {
        if (normalisedText.indexOf(':') < 0) {
            return Optional.empty(); // every speaker label ends in a colon; most texts have none
        }
        Matcher label = LABEL.matcher(normalisedText);
        List<Turn> turns = new ArrayList<>();
        Speaker speaker = null;
        int wordsFrom = 0;
        while (label.find()) {
            if (speaker != null) {
                turns.add(new Turn(speaker, normalisedText.substring(wordsFrom, label.start()).strip()));
            }
            speaker = OPERATOR_LABEL.matcher(label.group(1)).matches() ? Speaker.OPERATOR : Speaker.CALLER;
            wordsFrom = label.end();
        }
        if (speaker == null) {
            return Optional.empty();
        }
        turns.add(new Turn(speaker, normalisedText.substring(wordsFrom).strip()));
        boolean bothVoices = turns.stream().anyMatch(t -> t.speaker() == Speaker.CALLER)
                && turns.stream().anyMatch(t -> t.speaker() == Speaker.OPERATOR);
        return bothVoices ? Optional.of(new Transcript(List.copyOf(turns))) : Optional.empty();
    }

    /**
     * What the caller states, turn by turn, each turn its own sentence; an operator's question the
     * caller confirmed stands before the caller's answer, without its question marks.
     */
    public String callerStatements() {
        StringBuilder said = new StringBuilder();
        for (int i = 0; i < turns.size(); i++) {
            Turn turn = turns.get(i);
            if (turn.speaker() == Speaker.CALLER) {
                append(said, turn.words());
            } else if (isConfirmedQuestion(i)) {
                append(said, turn.words().replace("?", "").replace("吗", ""));
            }
        }
        return said.toString();
    }

    private boolean isConfirmedQuestion(int i) {
        if (i + 1 >= turns.size() || turns.get(i + 1).speaker() != Speaker.CALLER) {
            return false;
        }
        String answer = turns.get(i + 1).words();
        return QUESTION.matcher(turns.get(i).words()).find()
                && CONFIRMS.matcher(answer).find() && !DENIES.matcher(answer).find();
    }

    private static void append(StringBuilder said, String words) {
        if (words.isEmpty()) {
            return;
        }
        if (!said.isEmpty()) {
            said.append('.');
        }
        said.append(words);
    }
}
