package city.hotline.rules.facts;

/** An exclusion word of a transfer item found in the request: the text is about something else. */
public record ItemExclusion(String code, String word) implements Evidence {

    @Override
    public String describe() {
        return "exclusion:" + code + "=" + word;
    }
}
