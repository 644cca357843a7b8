package city.hotline.rules.facts;

/** The line the caller dialled (110, 12345 or 114), when the channel knows it. */
public record DialledLine(String line) implements Evidence {

    @Override
    public String describe() {
        return "dialled:" + line;
    }
}
