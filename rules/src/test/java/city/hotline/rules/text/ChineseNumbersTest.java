package city.hotline.rules.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseNumbersTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"三十, 30", "十五, 15", "十, 10", "两百, 200", "一百二十, 120", "三四十, 30", "五六十, 50", "42, 42", "二十, 20"})
    void readsTheCountsCallersSay(String numeral, int value) {
        assertThat(ChineseNumbers.parse(numeral)).hasValue(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"三十多个村民把工厂大门堵住了, 三十多个村民", "50多名工人在门口, 50多名工人", "来了一百多人, 一百多人"})
    void aCountOfTwentyPeopleOrMoreIsACrowd(String text, String crowd) {
        assertThat(Crowds.find(text)).containsExactly(crowd);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"十几个人在吵架", "三个人打起来了", "一直没人管"})
    void fewerPeopleAreNoCrowd(String text) {
        assertThat(Crowds.find(text)).isEmpty();
    }
}
