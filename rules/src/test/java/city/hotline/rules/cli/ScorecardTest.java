package city.hotline.rules.cli;

import city.hotline.rules.Classification;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScorecardTest {

    private static Classification hotline(String department) {
        return new Classification("12345", null, null, department, null, null, List.of(), List.of(), List.of(),
                false, 0.9, "rb-test", 10);
    }

    private static String print(Scorecard scorecard) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        scorecard.print(new PrintStream(out, true, StandardCharsets.UTF_8), "rb-test");
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anExternalRowIsRightWhenTheDepartmentIsOneOfTheAcceptableCodes() {
        Scorecard scorecard = new Scorecard();
        scorecard.add(LabelledCase.of(JsonLines.parse("""
                {"id":"x1","channel":"open311","text":"某小区停水","expect":{"line":"12345","departments":["HOUSING","WATER"]}}""")),
                hotline("WATER"));
        scorecard.add(LabelledCase.of(JsonLines.parse("""
                {"id":"x2","channel":"open311","text":"有人被骗","note":"fraud","expect":{"line":"12345","departments":["MARKET_REG"]}}""")),
                new Classification("110", 1, null, null, null, null, List.of(), List.of(), List.of(), false, 0.9, "rb-test", 10));
        String report = print(scorecard);
        assertThat(report).contains("line accuracy:        50.0% (1/2)", "without the 1 noted rows: 100.0% (1/1)",
                "department accuracy:  50.0% (1/2)", "x2  line 12345→110");
    }

    @Test
    void aDevRowScoresCategoryOn110AndPlateOn114() {
        Scorecard scorecard = new Scorecard();
        scorecard.add(LabelledCase.of(JsonLines.parse("""
                {"id":"d1","channel":"call","text":"t","expect":{"line":"110","category":2,"department":null,"plate":null}}""")),
                new Classification("110", 1, null, null, null, null, List.of(), List.of(), List.of(), false, 0.9, "rb", 1));
        scorecard.add(LabelledCase.of(JsonLines.parse("""
                {"id":"d2","channel":"sms","text":"t","expect":{"line":"114","category":null,"department":null,"plate":"闽D12345"}}""")),
                new Classification("114", null, null, null, "闽D12345", null, List.of(), List.of(), List.of(), false, 0.9, "rb", 1));
        String report = print(scorecard);
        assertThat(report).contains("category accuracy:    0.0% (0/1)", "plate accuracy:       100.0% (1/1)",
                "d1  category 2→1");
    }
}
