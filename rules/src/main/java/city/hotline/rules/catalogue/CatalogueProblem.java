package city.hotline.rules.catalogue;

/**
 * One thing wrong in a catalogue file, located as an editor needs it.
 *
 * @param file  the file's name
 * @param line  1-based line where the row starts
 * @param field the column at fault, e.g. {@code department}; {@code row} for the row as a whole
 * @param message what is wrong and, where it helps, what is allowed
 */
public record CatalogueProblem(String file, int line, String field, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + field + ": " + message;
    }
}
