package city.hotline.rules.catalogue;

import city.hotline.rules.text.TextNormaliser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the catalogue CSV and checks every row against what the router relies on, collecting
 * every problem (file, line, field) before failing, so an editor fixes the file in one pass.
 */
final class CatalogueReader {

    static final List<String> COLUMNS = List.of("code", "name", "group", "direction", "line", "category",
            "department", "keywords", "synonyms", "exclusions", "priority", "accept_limit", "feedback_limit",
            "finish_limit", "source", "examples");
    private static final Pattern CODE = Pattern.compile("TI[0-9]{3,}");
    private static final Pattern SOURCE_ID = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");
    private static final String OWN_SOURCE = "own";

    private final String file;
    private final Departments departments;
    private final List<CatalogueProblem> problems = new ArrayList<>();

    CatalogueReader(String file, Departments departments) {
        this.file = file;
        this.departments = departments;
    }

    Catalogue read(String content) {
        List<CsvRecords.Row> rows;
        try {
            rows = CsvRecords.parse(content).stream().filter(row -> !isBlankOrComment(row)).toList();
        } catch (IllegalArgumentException e) {
            throw new InvalidCatalogueException(List.of(new CatalogueProblem(file, 0, "row", e.getMessage())));
        }
        if (rows.isEmpty() || !rows.get(0).cells().stream().map(String::strip).toList().equals(COLUMNS)) {
            int line = rows.isEmpty() ? 1 : rows.get(0).line();
            throw new InvalidCatalogueException(List.of(new CatalogueProblem(file, line, "header",
                    "expected the header " + String.join(",", COLUMNS))));
        }
        List<TransferItem> items = new ArrayList<>();
        Map<String, Integer> lineOfCode = new HashMap<>();
        for (CsvRecords.Row row : rows.subList(1, rows.size())) {
            String code = row.cells().get(0).strip();
            Integer first = code.isEmpty() ? null : lineOfCode.putIfAbsent(code, row.line());
            if (first != null) {
                problem(row.line(), "code", "duplicate code " + code + " (first on line " + first + ")");
            }
            new RowReader(row).read().filter(item -> first == null).ifPresent(items::add);
        }
        if (items.isEmpty() && problems.isEmpty()) {
            problem(rows.get(0).line(), "row", "the catalogue has no items");
        }
        if (!problems.isEmpty()) {
            throw new InvalidCatalogueException(problems);
        }
        return new Catalogue(items);
    }

    private static boolean isBlankOrComment(CsvRecords.Row row) {
        String first = row.cells().get(0).strip();
        return first.startsWith("#") || row.cells().stream().allMatch(String::isBlank);
    }

    private void problem(int line, String field, String message) {
        problems.add(new CatalogueProblem(file, line, field, message));
    }

    /** Reads one row; every check runs, so one row can report several problems. */
    private final class RowReader {

        private final CsvRecords.Row row;
        private final Map<String, String> cells = new HashMap<>();
        private boolean valid = true;

        RowReader(CsvRecords.Row row) {
            this.row = row;
            for (int i = 0; i < Math.min(COLUMNS.size(), row.cells().size()); i++) {
                cells.put(COLUMNS.get(i), row.cells().get(i).strip());
            }
        }

        Optional<TransferItem> read() {
            if (row.cells().size() != COLUMNS.size()) {
                fail("row", "expected " + COLUMNS.size() + " fields, found " + row.cells().size()
                        + " (quote a cell that contains a comma)");
                return Optional.empty();
            }
            String code = required("code");
            if (!code.isEmpty() && !CODE.matcher(code).matches()) {
                fail("code", "'" + code + "' is not of the form TI001");
            }
            String name = required("name");
            String group = required("group");
            Direction direction = choice("direction", Direction::fromLabel, "110→12345, 12345→110 or both");
            String line = choice("line", l -> Optional.of(l).filter(v -> v.equals("110") || v.equals("12345")),
                    "110 or 12345");
            if (direction != null && line != null && direction.handlingLine() != null
                    && !direction.handlingLine().equals(line)) {
                fail("line", "an item going " + direction.label() + " is handled by " + direction.handlingLine()
                        + ", not " + line);
            }
            Integer category = category(line);
            String department = department(line);
            List<String> keywords = words("keywords");
            if (keywords.isEmpty() && cells.get("keywords").isEmpty()) {
                fail("keywords", "an item needs at least one keyword");
            }
            List<String> synonyms = words("synonyms");
            List<String> exclusions = words("exclusions");
            keywords.stream().filter(exclusions::contains).forEach(word ->
                    fail("exclusions", "'" + word + "' is both a keyword and an exclusion"));
            Priority priority = choice("priority", Priority::fromLabel, "urgent, high, normal or low");
            TimeLimit accept = choice("accept_limit", TimeLimit::parse, "<n>m, <n>h, <n>d or <n>wd, e.g. 2h or 5wd");
            TimeLimit feedback = choice("feedback_limit", TimeLimit::parse, "<n>m, <n>h, <n>d or <n>wd");
            TimeLimit finish = choice("finish_limit", TimeLimit::parse, "<n>m, <n>h, <n>d or <n>wd");
            if (accept != null && feedback != null && accept.nominalMinutes() > feedback.nominalMinutes()) {
                fail("feedback_limit", "feedback (" + feedback + ") comes before acceptance (" + accept + ")");
            }
            if (feedback != null && finish != null && feedback.nominalMinutes() > finish.nominalMinutes()) {
                fail("finish_limit", "finish (" + finish + ") comes before first feedback (" + feedback + ")");
            }
            List<String> sources = sources();
            List<String> examples = list("examples").stream().map(String::strip).toList();
            if (!valid) {
                return Optional.empty();
            }
            return Optional.of(new TransferItem(code, name, group, direction, line, category, department, keywords,
                    synonyms, exclusions, priority, accept, feedback, finish, sources, examples));
        }

        private Integer category(String line) {
            String text = cells.get("category");
            if ("12345".equals(line) && !text.isEmpty()) {
                fail("category", "only 110 items have a police category; a 12345 item leaves it empty");
            }
            if (!"110".equals(line)) {
                return null;
            }
            if (!text.matches("[1-7]")) {
                fail("category", "a 110 item needs a police category 1-7, found '" + text + "'");
                return null;
            }
            return Integer.parseInt(text);
        }

        private String department(String line) {
            String code = cells.get("department");
            if (code.isEmpty()) {
                if ("12345".equals(line)) {
                    fail("department", "a 12345 item needs a department from departments.csv");
                }
                return null;
            }
            if (!departments.contains(code)) {
                fail("department", "unknown department '" + code + "' (not in departments.csv)");
            }
            return code;
        }

        private List<String> sources() {
            List<String> sources = list("source").stream().map(String::strip).toList();
            if (sources.isEmpty()) {
                fail("source", "name the sources (ids in TRANSFER-SOURCES.md, ';'-separated) or 'own'");
            }
            for (String source : sources) {
                if (source.isEmpty() || !SOURCE_ID.matcher(source).matches()) {
                    fail("source", "'" + source + "' is neither a source id such as C10 nor 'own'");
                }
            }
            if (sources.contains(OWN_SOURCE) && sources.size() > 1) {
                fail("source", "an item is either 'own' or from sources, not both");
            }
            return sources;
        }

        /** A |-separated word list, normalised as the text it is matched against. */
        private List<String> words(String field) {
            List<String> words = list(field).stream().map(TextNormaliser::normalise).map(String::strip).toList();
            if (words.stream().anyMatch(String::isEmpty)) {
                fail(field, "an empty word (two '|' in a row, or one at an end)");
            }
            return words.stream().filter(w -> !w.isEmpty()).distinct().toList();
        }

        private List<String> list(String field) {
            String text = cells.get(field);
            String separator = field.equals("source") ? ";" : "\\|";
            return text.isEmpty() ? List.of() : Arrays.asList(text.split(separator, -1));
        }

        private String required(String field) {
            String value = cells.get(field);
            if (value.isEmpty()) {
                fail(field, "must not be empty");
            }
            return value;
        }

        private <T> T choice(String field, Function<String, Optional<T>> parse, String allowed) {
            String value = cells.get(field);
            Optional<T> parsed = parse.apply(value);
            if (parsed.isEmpty()) {
                fail(field, "'" + value + "' is not one of: " + allowed);
                return null;
            }
            return parsed.get();
        }

        private void fail(String field, String message) {
            valid = false;
            problem(row.line(), field, message);
        }
    }
}
