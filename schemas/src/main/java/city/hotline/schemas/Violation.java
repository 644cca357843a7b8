package city.hotline.schemas;

/**
 * One reason a document was rejected.
 *
 * @param field   JSON Pointer into the rejected document ({@code /data/text}); for a missing
 *                property it points at the property that should be there; empty for the whole document
 * @param message what is wrong, for a human reading a log or a dead-letter header
 */
public record Violation(String field, String message) {

    @Override
    public String toString() {
        return field.isEmpty() ? message : field + ": " + message;
    }
}
