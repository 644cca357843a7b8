package city.hotline.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The examples are documentation for integrators, so they must stay true. */
class ExamplesTest {

    private static final EventCodec CODEC = new EventCodec(64 * 1024);

    static List<Path> validExamples() {
        return Examples.files("valid");
    }

    static List<Path> invalidExamples() {
        return Examples.files("invalid");
    }

    static List<Path> validEvents() {
        return Examples.validEvents();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validExamples")
    void everyValidExampleDecodes(Path example) {
        assertThatCode(() -> decode(example)).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidExamples")
    void everyInvalidExampleIsRejectedWithItsField(Path example) {
        Examples.Expectation expected = Examples.Expectation.of(example);

        InvalidEventException rejection = catchThrowableOfType(InvalidEventException.class, () -> decode(example));

        assertThat(rejection).as("%s must be rejected", example).isNotNull();
        assertThat(rejection.reason()).as(rejection.getMessage()).isEqualTo(expected.reason());
        assertThat(rejection.violations()).as(rejection.getMessage())
                .extracting(Violation::field).contains(expected.field());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validEvents")
    void everyValidEventSurvivesReencoding(Path example) {
        Envelope<?> decoded = CODEC.decode(Examples.read(example));

        assertThat(CODEC.decode(CODEC.encode(decoded))).isEqualTo(decoded);
    }

    @Test
    void everySchemaHasAValidExampleAndAtLeastThreeInvalidOnes() {
        Set<String> folders = Examples.directories().stream()
                .map(dir -> dir.getFileName().toString()).collect(Collectors.toSet());
        Set<String> schemas = Stream.concat(Stream.of(SchemaValidator.ENVELOPE, SchemaValidator.TICKET_SUBMISSION),
                Stream.of(EventType.values()).map(EventType::schemaName)).collect(Collectors.toSet());

        assertThat(folders).containsExactlyInAnyOrderElementsOf(schemas);
        for (Path dir : Examples.directories()) {
            assertThat(dir.resolve("valid.json")).exists();
            assertThat(Examples.filesIn(dir, "invalid")).as(dir.toString()).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void everyExpectationNamesAnExistingInvalidExample() {
        for (Path dir : Examples.directories()) {
            Set<String> invalid = Examples.filesIn(dir, "invalid").stream()
                    .map(f -> f.getFileName().toString()).collect(Collectors.toSet());

            assertThat(Examples.expectations(dir).stringPropertyNames()).as(dir.resolve("expect.properties").toString())
                    .containsExactlyInAnyOrderElementsOf(invalid);
        }
    }

    private static Object decode(Path example) {
        byte[] bytes = Examples.read(example);
        if (Examples.schemaName(example).equals(Examples.SUBMISSION_DIR)) {
            return CODEC.decodeSubmission(bytes);
        }
        return Examples.expectedType(example)
                .<Object>map(type -> CODEC.decode(bytes, type))
                .orElseGet(() -> CODEC.decode(bytes));
    }
}
