package city.hotline.rules.catalogue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TimeLimitTest {

    @Test
    void ofReadsTheFourForms() {
        assertThat(TimeLimit.of("30m")).isEqualTo(new TimeLimit(30, TimeLimit.Unit.MINUTES));
        assertThat(TimeLimit.of("2h")).isEqualTo(new TimeLimit(2, TimeLimit.Unit.HOURS));
        assertThat(TimeLimit.of("3d")).isEqualTo(new TimeLimit(3, TimeLimit.Unit.DAYS));
        assertThat(TimeLimit.of("5wd")).isEqualTo(new TimeLimit(5, TimeLimit.Unit.WORKING_DAYS));
        assertThat(TimeLimit.of("5wd")).hasToString("5wd");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "2 hours", "0h", "05d", "3w", "wd", "-1d", "2H", " 2h", "100000m"})
    void ofRefusesAnythingElseQuotingTheTextAndTheForms(String text) {
        assertThatIllegalArgumentException().isThrownBy(() -> TimeLimit.of(text))
                .withMessageContaining("'" + text + "'")
                .withMessageContaining("<n>m, <n>h, <n>d or <n>wd");
    }

    @Test
    void ofRefusesAMissingLimit() {
        assertThatIllegalArgumentException().isThrownBy(() -> TimeLimit.of(null))
                .withMessageStartingWith("time limit is missing");
    }

    @Test
    void parseLeavesTheErrorToTheCaller() {
        assertThat(TimeLimit.parse("2 hours")).isEmpty();
        assertThat(TimeLimit.parse("1wd")).contains(new TimeLimit(1, TimeLimit.Unit.WORKING_DAYS));
    }

    @Test
    void aLimitIsAtLeastOneUnit() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TimeLimit(0, TimeLimit.Unit.DAYS))
                .withMessage("a time limit is at least 1d, not 0d");
    }
}
