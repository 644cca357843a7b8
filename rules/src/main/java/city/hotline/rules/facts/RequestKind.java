package city.hotline.rules.facts;

/**
 * What the caller asks for: help now, or a department's attention.
 *
 * @param kind         {@link Kind}
 * @param word         the word that says so ({@code 快来}, {@code 投诉}, {@code 请问}, {@code 建议}, {@code 去年})
 * @param toDepartment it asks a department for something (a complaint, a question, a suggestion)
 *                     rather than for help now; a field, not a method, so the rules read it cheaply
 */
public record RequestKind(Kind kind, String word, boolean toDepartment) implements Frame {

    public RequestKind(Kind kind, String word) {
        this(kind, word, kind == Kind.COMPLAINT || kind == Kind.CONSULTATION || kind == Kind.SUGGESTION);
    }

    public enum Kind {
        /** Help wanted now: 快来, 救命, 正在. */
        EMERGENCY_NOW,
        /** Something that happened before: 上个月, 去年, a date. */
        PAST_REPORT,
        /** A complaint or report to a department: 投诉, 反映, 举报. */
        COMPLAINT,
        /** A question: 请问, 怎么办理. */
        CONSULTATION,
        /** A suggestion: 建议, 希望能. */
        SUGGESTION
    }

    @Override
    public String describe() {
        return "frame:request(" + kind.name().toLowerCase(java.util.Locale.ROOT) + "=" + word + ")";
    }
}
