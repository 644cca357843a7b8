package city.hotline.rules.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WorkingCalendarTest {

    private static final WorkingCalendar CN = WorkingCalendar.fromClasspath();
    private static final String HEADER = "# a comment\ndate,kind,name\n";

    @ParameterizedTest(name = "{0} worked: {1}")
    @CsvSource({
            "2025-01-01, false", // 元旦, a Wednesday
            "2025-01-26, true",  // Sunday worked for 春节
            "2025-10-08, false", // last day of 国庆节、中秋节
            "2025-10-11, true",  // Saturday worked
            "2026-01-04, true",  // Sunday worked for 元旦
            "2026-02-23, false", // 春节, a Monday
            "2026-06-19, false", // 端午节, a Friday
            "2026-09-20, true",  // Sunday worked for 国庆节
            "2026-03-04, true",  // an ordinary Wednesday
            "2026-03-07, false", // an ordinary Saturday
    })
    void theShippedCalendarFollowsTheStateCouncilNotices(LocalDate date, boolean worked) {
        assertThat(CN.isWorkingDay(date)).isEqualTo(worked);
    }

    @Test
    void theShippedCalendarCoversThroughTheEndOf2026() {
        assertThat(CN.coveredUntil()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void beyondCoverageOnlyWeekendsAreDaysOff() {
        WorkingCalendar calendar = WorkingCalendar.read("cal.csv", HEADER + "2025-10-01,holiday,国庆节\n");
        assertThat(calendar.coveredUntil()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isTrue();  // Thursday
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 3))).isFalse(); // Saturday
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "date,kind\\n2025-01-01,holiday,元旦 | cal.csv:1: expected the header date,kind,name",
            "date,kind,name\\n2025-1-1,holiday,元旦 | cal.csv:2: '2025-1-1' is not a date",
            "date,kind,name\\n2025-02-30,holiday,元旦 | cal.csv:2: '2025-02-30' is not a date",
            "date,kind,name\\n\\n2025-01-01,day off,元旦 | cal.csv:3: kind must be holiday or workday, not 'day off'",
            "date,kind,name\\n2025-01-01,holiday | cal.csv:2: expected 3 cells",
            "date,kind,name\\n2025-01-01,holiday, | cal.csv:2: name the holiday",
            "date,kind,name\\n2025-01-02,workday,元旦 | cal.csv:2: 2025-01-02 is a Thursday",
            "date,kind,name\\n2025-01-02,holiday,x\\n2025-01-01,holiday,x | cal.csv:3: dates must be in order",
            "date,kind,name\\n2025-01-01,holiday,x\\n2027-01-01,holiday,x | cal.csv:3: the 2026 notice is missing",
            "\\n# only a comment\\ndate,kind,name | cal.csv:3: no dates listed",
    })
    void aBadLineIsRefusedNamingFileAndLine(String csv, String message) {
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingCalendar.read("cal.csv", csv.replace("\\n", "\n")))
                .withMessageStartingWith(message);
    }

    @Test
    void aDateListedTwiceIsRefusedNamingBothLines() {
        String csv = HEADER + "2025-01-01,holiday,元旦\n2025-01-26,workday,春节\n2025-01-01,holiday,元旦\n";
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingCalendar.read("cal.csv", csv))
                .withMessage("cal.csv:5: 2025-01-01 is already listed on line 3");
    }
}
