package city.hotline.rules.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The city's departments (departments.csv: {@code code,name,handles}): the codes a decision may name. */
public record Departments(Map<String, String> namesByCode) {

    private static final String RESOURCE = "city/hotline/rules/departments.csv";

    public Departments {
        namesByCode = Map.copyOf(namesByCode);
    }

    /** The departments shipped with the rulebase, a copy of the city's setting. */
    public static Departments fromClasspath() {
        try (InputStream in = Departments.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing from the classpath: " + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static Departments parse(String csv) {
        Map<String, String> names = new LinkedHashMap<>();
        for (CsvRecords.Row row : CsvRecords.parse(csv)) {
            if (row.line() == 1 || row.cells().size() < 2 || row.cells().get(0).isBlank()) {
                continue; // header or blank line
            }
            names.put(row.cells().get(0).strip(), row.cells().get(1).strip());
        }
        return new Departments(names);
    }

    public boolean contains(String code) {
        return namesByCode.containsKey(code);
    }
}
