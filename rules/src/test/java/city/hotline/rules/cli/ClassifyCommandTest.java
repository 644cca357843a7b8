package city.hotline.rules.cli;

import city.hotline.rules.Classifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClassifyCommandTest {

    private static ClassifyCommand command;

    @BeforeAll
    static void buildTheRealRulebase() {
        command = new ClassifyCommand(Classifier.fromClasspath());
    }

    private static List<JsonNode> run(String input) throws Exception {
        StringWriter out = new StringWriter();
        command.run(new StringReader(input), out);
        return out.toString().lines().map(JsonLines.MAPPER::readTree).toList();
    }

    @Test
    void writesOneDecisionLinePerInputLineWithTheContractFields() throws Exception {
        List<JsonNode> out = run("""
                {"id":"a","channel":"sms","text":"移车:闽D12345#蓝#湖滨南路"}
                {"id":7,"channel":"call","text":"我们这片停水了"}
                """);
        assertThat(out).hasSize(2);
        assertThat(out.get(0).get("id").asString()).isEqualTo("a");
        assertThat(out.get(0).get("line").asString()).isEqualTo("114");
        assertThat(out.get(0).get("plate").asString()).isEqualTo("闽D12345");
        assertThat(out.get(1).get("id").asInt()).isEqualTo(7);
        assertThat(out.get(1).get("department").asString()).isEqualTo("WATER");
        for (JsonNode decision : out) {
            assertThat(decision.propertyNames()).contains(
                    "id", "line", "category", "item", "department", "plate", "rules", "rulebaseVersion");
            assertThat(decision.get("category").isNull()).isTrue();
        }
    }

    @Test
    void aBadLineGivesAnErrorLineAndTheRunGoesOn() throws Exception {
        List<JsonNode> out = run("""
                not json
                {"id":"b","text":"   "}
                {"id":"c","text":42}
                {"id":"d","text":"小区门口有人打架"}
                """);
        assertThat(out).hasSize(4);
        assertThat(out.get(0).get("error").asString()).startsWith("not JSON");
        assertThat(out.get(0).get("id").isNull()).isTrue();
        assertThat(out.get(1).get("id").asString()).isEqualTo("b");
        assertThat(out.get(1).get("error").asString()).contains("text");
        assertThat(out.get(2).get("error").asString()).contains("text");
        assertThat(out.get(3).get("line").asString()).isEqualTo("110");
    }
}
