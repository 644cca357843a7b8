package city.hotline.rules.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the working-calendar CSV, stopping at the first line an editor got wrong and naming it,
 * since a wrong date would silently move every deadline that crosses it.
 */
final class CalendarFile {

    private static final String HEADER = "date,kind,name";

    private final String sourceName;
    private final Map<LocalDate, Boolean> worked = new HashMap<>();
    private final Map<LocalDate, Integer> lineOfDate = new HashMap<>();
    private LocalDate previous;

    private CalendarFile(String sourceName) {
        this.sourceName = sourceName;
    }

    /** Whether each listed date is worked. */
    static Map<LocalDate, Boolean> read(String sourceName, String csvText) {
        return new CalendarFile(sourceName).readLines(csvText);
    }

    private Map<LocalDate, Boolean> readLines(String csvText) {
        String text = csvText.startsWith("\uFEFF") ? csvText.substring(1) : csvText; // a BOM from spreadsheet exports
        String[] lines = text.split("\\R", -1);
        int headerLine = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (headerLine == 0) {
                require(line.replace(" ", "").equals(HEADER), i + 1, "expected the header " + HEADER);
                headerLine = i + 1;
            } else {
                readRow(line, i + 1);
            }
        }
        require(!worked.isEmpty(), Math.max(headerLine, 1), "no dates listed");
        return worked;
    }

    private void readRow(String row, int line) {
        String[] cells = row.split(",", -1);
        require(cells.length == 3, line, "expected 3 cells " + HEADER + ", found " + cells.length);
        LocalDate date = date(cells[0].strip(), line);
        boolean isWorkday = switch (cells[1].strip()) {
            case "holiday" -> false;
            case "workday" -> true;
            default -> throw problem(line, "kind must be holiday or workday, not '" + cells[1].strip() + "'");
        };
        require(!cells[2].isBlank(), line, "name the holiday the date belongs to, e.g. 春节");
        // Mondays to Fridays are worked anyway: a workday there is a typo for some other date.
        DayOfWeek day = date.getDayOfWeek();
        require(!isWorkday || day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY, line,
                date + " is a " + day.getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                        + ": a make-up workday falls on a Saturday or Sunday");
        Integer first = lineOfDate.putIfAbsent(date, line);
        require(first == null, line, date + " is already listed on line " + first);
        if (previous != null) {
            // In order, a missing year shows; coveredUntil() takes every year up to the last as known.
            require(date.isAfter(previous), line, "dates must be in order: " + date + " comes before " + previous);
            int expected = previous.getYear() + 1;
            require(date.getYear() <= expected, line,
                    "the " + expected + " notice is missing: " + date.getYear() + " follows " + previous.getYear());
        }
        previous = date;
        worked.put(date, isWorkday);
    }

    private LocalDate date(String text, int line) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw problem(line, "'" + text + "' is not a date written yyyy-mm-dd");
        }
    }

    private void require(boolean condition, int line, String message) {
        if (!condition) {
            throw problem(line, message);
        }
    }

    private IllegalArgumentException problem(int line, String message) {
        return new IllegalArgumentException(sourceName + ":" + line + ": " + message);
    }
}
