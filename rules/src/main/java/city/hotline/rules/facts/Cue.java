package city.hotline.rules.facts;

/**
 * A word that does not name a matter by itself but qualifies one: someone hurt ({@code injury}),
 * a crowd ({@code crowd}), drinking ({@code drink}), a police officer ({@code police_officer}).
 */
public record Cue(String kind, String word) implements Evidence {

    @Override
    public String describe() {
        return "cue:" + kind + "=" + word;
    }
}
