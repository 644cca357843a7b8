package city.hotline.rules.cli;

import city.hotline.rules.ClassificationRequest;
import city.hotline.rules.model.Corpus;
import city.hotline.rules.model.RouteLabel;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of a labelled file: the dev-set form ({@code expect: {line, category, department,
 * plate}}) or the external form ({@code expect: {line, departments: [acceptable codes]}}).
 *
 * @param departments the acceptable departments; empty when the answer is "no department"
 * @param flagged     an external row with a {@code note}: a police matter inside 12345 data
 * @param plateLabelled whether a 114 row says its plate (a corpus row does not)
 */
record LabelledCase(String id, ClassificationRequest request, String line, Integer category, List<String> departments,
                    String plate, List<String> phenomena, boolean flagged, boolean plateLabelled) {

    static final String PLAIN = "(plain)";

    /** A request of the model's corpus, labelled with its line and category or department, not its plate. */
    static LabelledCase ofCorpus(Corpus.Entry entry) {
        RouteLabel label = entry.label();
        return new LabelledCase(entry.file() + ":" + entry.lineNumber(),
                new ClassificationRequest(entry.channel(), entry.text(), null), label.line(), label.category(),
                label.department() == null ? List.of() : List.of(label.department()), null,
                entry.style() == null ? List.of() : List.of(entry.style()), false, false);
    }

    static LabelledCase of(JsonNode row) {
        JsonNode expect = row.get("expect");
        if (expect == null || !expect.isObject()) {
            throw new JsonLines.BadLine("no \"expect\" object");
        }
        List<String> departments = new ArrayList<>();
        JsonNode list = expect.get("departments");
        if (list != null && list.isArray()) {
            list.forEach(code -> departments.add(code.stringValue()));
        } else if (text(expect, "department") != null) {
            departments.add(text(expect, "department"));
        }
        List<String> phenomena = new ArrayList<>();
        JsonNode tags = row.get("phenomena");
        if (tags != null && tags.isArray()) {
            tags.forEach(tag -> phenomena.add(tag.stringValue()));
            if (phenomena.isEmpty()) {
                phenomena.add(PLAIN); // a row that says it has no phenomenon: plain written text
            }
        }
        JsonNode category = expect.get("category");
        return new LabelledCase(JsonLines.id(row).asString(), JsonLines.request(row), text(expect, "line"),
                category == null || category.isNull() ? null : category.asInt(), List.copyOf(departments),
                text(expect, "plate"), List.copyOf(phenomena), list != null && row.hasNonNull("note"), true);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    boolean departmentFits(String predicted) {
        return departments.isEmpty() ? predicted == null : predicted != null && departments.contains(predicted);
    }
}
