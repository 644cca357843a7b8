package city.hotline.rules.facts;

/**
 * A word that does not name a matter by itself but qualifies one: someone hurt ({@code injury}),
 * a crowd ({@code crowd}), drinking ({@code drink}), a police officer ({@code police_officer}).
 * {@code via} is the Cilin thesaurus class that brought the word in, {@code null} for a curated word.
 */
public record Cue(String kind, String word, String via) implements Evidence {

    /** A cue from a curated word or from the text's structure (a crowd's number, a date). */
    public Cue(String kind, String word) {
        this(kind, word, null);
    }

    @Override
    public String describe() {
        return "cue:" + kind + "=" + word + (via == null ? "" : " (thesaurus " + via + ")");
    }
}
