package city.hotline.schemas;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/** The files under {@code examples/} (Surefire runs in the module directory); see examples/README.md. */
final class Examples {

    static final Path ROOT = Path.of("examples");
    static final String SUBMISSION_DIR = SchemaValidator.TICKET_SUBMISSION;
    static final String ENVELOPE_DIR = SchemaValidator.ENVELOPE;

    private Examples() {
    }

    static List<Path> directories() {
        try (Stream<Path> dirs = Files.list(ROOT)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> files(String prefix) {
        return directories().stream().flatMap(dir -> filesIn(dir, prefix).stream()).toList();
    }

    static List<Path> filesIn(Path dir, String prefix) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix))
                    .filter(f -> f.getFileName().toString().endsWith(".json"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Valid events only: the submission examples are REST bodies, not events. */
    static List<Path> validEvents() {
        return files("valid").stream().filter(f -> !schemaName(f).equals(SUBMISSION_DIR)).toList();
    }

    static String schemaName(Path example) {
        return example.getParent().getFileName().toString();
    }

    /** The event type a folder's examples are decoded as; empty for envelope and submission. */
    static Optional<EventType> expectedType(Path example) {
        return Stream.of(EventType.values()).filter(t -> t.schemaName().equals(schemaName(example))).findFirst();
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Properties expectations(Path dir) {
        Properties properties = new Properties();
        Path file = dir.resolve("expect.properties");
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }

    /** "SCHEMA_VIOLATION /data/text" or "MALFORMED_JSON" (field empty: the whole document). */
    record Expectation(InvalidEventException.Reason reason, String field) {

        static Expectation of(Path invalidExample) {
            String value = expectations(invalidExample.getParent()).getProperty(invalidExample.getFileName().toString());
            if (value == null) {
                throw new AssertionError("no entry for " + invalidExample.getFileName() + " in "
                        + invalidExample.getParent().resolve("expect.properties"));
            }
            String[] parts = value.trim().split("\\s+", 2);
            return new Expectation(InvalidEventException.Reason.valueOf(parts[0]), parts.length > 1 ? parts[1] : "");
        }
    }
}
