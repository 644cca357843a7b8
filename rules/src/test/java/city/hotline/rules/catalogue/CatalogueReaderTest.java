package city.hotline.rules.catalogue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogueReaderTest {

    private static final Departments DEPARTMENTS = Departments.fromClasspath();
    private static final String HEADER = String.join(",", CatalogueReader.COLUMNS) + "\n";
    /** One valid row, field by field, so that each test breaks exactly one thing. */
    private static final List<String> VALID_ROW = List.of("TI001", "工地夜间施工", "噪声扰民类", "110→12345", "12345", "",
            "URBAN_MGMT", "夜间施工|半夜施工", "施工到半夜", "塌了", "high", "2h", "1wd", "3wd", "C10;C21", "工地半夜施工");

    private static String rowWith(String field, String value) {
        String[] cells = VALID_ROW.toArray(String[]::new);
        cells[CatalogueReader.COLUMNS.indexOf(field)] = value;
        return String.join(",", cells) + "\n";
    }

    private static Catalogue read(String csv) {
        return Catalogue.read(CatalogueSource.of("items.csv", csv), DEPARTMENTS);
    }

    private static List<CatalogueProblem> problemsOf(String csv) {
        try {
            read(csv);
        } catch (InvalidCatalogueException e) {
            return e.problems();
        }
        throw new AssertionError("the catalogue was accepted");
    }

    @Test
    void readsEveryFieldOfAValidCatalogue() {
        Catalogue catalogue = Catalogue.read(CatalogueSource.classpath("catalogue/valid.csv").orElseThrow(), DEPARTMENTS);
        assertThat(catalogue.items()).extracting(TransferItem::code)
                .containsExactly("TI001", "TI002", "TI003", "TI004", "TI005");
        TransferItem night = catalogue.item("TI001").orElseThrow();
        assertThat(night.direction()).isEqualTo(Direction.POLICE_TO_HOTLINE);
        assertThat(night.line()).isEqualTo("12345");
        assertThat(night.category()).isNull();
        assertThat(night.department()).isEqualTo("URBAN_MGMT");
        assertThat(night.keywords()).containsExactly("夜间施工", "半夜施工");
        assertThat(night.exclusions()).containsExactly("塌了");
        assertThat(night.priority()).isEqualTo(Priority.HIGH);
        assertThat(night.accept()).isEqualTo(new TimeLimit(2, TimeLimit.Unit.HOURS));
        assertThat(night.finish()).isEqualTo(new TimeLimit(3, TimeLimit.Unit.WORKING_DAYS));
        assertThat(night.sources()).containsExactly("C10", "C21");
        assertThat(catalogue.item("TI003").orElseThrow().category()).isEqualTo(2);
    }

    @Test
    void aQuotedCellMayHoldACommaAndTheRowKeepsItsLine() {
        Catalogue catalogue = Catalogue.read(CatalogueSource.classpath("catalogue/valid.csv").orElseThrow(), DEPARTMENTS);
        assertThat(catalogue.item("TI005").orElseThrow().name()).isEqualTo("宠物丢失, 寻找");
    }

    @Test
    void wordsAreNormalisedLikeTheTextTheyAreMatchedAgainst() {
        TransferItem item = read(HEADER + rowWith("keywords", "ｋｔｖ扰民|半夜施工")).items().get(0);
        assertThat(item.keywords()).containsExactly("KTV扰民", "半夜施工");
    }

    @Test
    void anUnknownDepartmentIsNamedWithFileLineAndField() {
        assertThat(problemsOf(HEADER + rowWith("department", "NO_SUCH_DEPT")))
                .singleElement().hasToString("items.csv:2: department: unknown department 'NO_SUCH_DEPT' (not in departments.csv)");
    }

    @Test
    void aDuplicateCodeNamesTheLineOfTheFirst() {
        assertThat(problemsOf(HEADER + rowWith("code", "TI007") + rowWith("code", "TI007")))
                .singleElement().satisfies(p -> {
                    assertThat(p.line()).isEqualTo(3);
                    assertThat(p.field()).isEqualTo("code");
                    assertThat(p.message()).contains("duplicate code TI007", "line 2");
                });
    }

    @Test
    void anItemWithoutKeywordsIsRejected() {
        assertThat(problemsOf(HEADER + rowWith("keywords", "")))
                .singleElement().extracting(CatalogueProblem::field).isEqualTo("keywords");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2 hours", "0h", "3w", "h", "-1d"})
    void aTimeLimitNotWrittenAsNumberAndUnitIsRejected(String limit) {
        assertThat(problemsOf(HEADER + rowWith("accept_limit", limit)))
                .extracting(CatalogueProblem::field).contains("accept_limit");
    }

    @Test
    void limitsMustNotShrinkFromAcceptanceToFinish() {
        assertThat(problemsOf(HEADER + rowWith("finish_limit", "2h")))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("finish_limit");
                    assertThat(p.message()).contains("before first feedback");
                });
    }

    @Test
    void aHotlineItemMayNotHaveAPoliceCategory() {
        assertThat(problemsOf(HEADER + rowWith("category", "2")))
                .singleElement().extracting(CatalogueProblem::field).isEqualTo("category");
    }

    @Test
    void aPoliceItemNeedsACategoryFromOneToSeven() {
        String row = rowWith("line", "110").replace("110→12345", "12345→110");
        assertThat(problemsOf(HEADER + row)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("category");
            assertThat(p.message()).contains("1-7");
        });
    }

    @Test
    void theDirectionMustLeadToTheLineThatHandlesTheItem() {
        assertThat(problemsOf(HEADER + rowWith("direction", "12345→110")))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("line");
                    assertThat(p.message()).contains("handled by 110");
                });
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "direction, 110->12345",
            "line,      119",
            "priority,  asap",
            "source,    ''",
            "source,    own;C10",
            "keywords,  夜间施工||半夜施工",
            "code,      T1",
    })
    void aValueOutsideWhatTheColumnAllowsIsRejectedInThatColumn(String field, String value) {
        assertThat(problemsOf(HEADER + rowWith(field, value)))
                .extracting(CatalogueProblem::field).contains(field);
    }

    @Test
    void aRowWithTheWrongNumberOfFieldsAsksForQuotes() {
        assertThat(problemsOf(HEADER + rowWith("name", "工地,夜间施工")))
                .singleElement().satisfies(p -> {
                    assertThat(p.field()).isEqualTo("row");
                    assertThat(p.message()).contains("expected 16 fields, found 17", "quote");
                });
    }

    @Test
    void aMissingHeaderIsReported() {
        assertThat(problemsOf(rowWith("code", "TI001")))
                .singleElement().extracting(CatalogueProblem::field).isEqualTo("header");
    }

    @Test
    void everyProblemInTheFileIsReportedNotOnlyTheFirst() {
        CatalogueSource broken = CatalogueSource.classpath("catalogue/broken.csv").orElseThrow();
        assertThatThrownBy(() -> Catalogue.read(broken, DEPARTMENTS))
                .isInstanceOf(InvalidCatalogueException.class)
                .satisfies(e -> assertThat(((InvalidCatalogueException) e).problems())
                        .extracting(p -> p.line() + ":" + p.field())
                        .containsExactly("2:department", "3:code", "3:keywords", "3:accept_limit"))
                .hasMessageContaining("broken.csv:2: department")
                .hasMessageContaining("broken.csv:3: accept_limit");
    }

    @Test
    void blankLinesAndCommentLinesAreSkipped() {
        assertThat(read("# edited 2026-11-23\n" + HEADER + "\n" + rowWith("code", "TI009")).items())
                .extracting(TransferItem::code).containsExactly("TI009");
    }
}
