package city.hotline.rules.cli;

import city.hotline.rules.ClassificationRequest;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of a labelled file: the dev-set form ({@code expect: {line, category, department,
 * plate}}) or the external form ({@code expect: {line, departments: [acceptable codes]}}).
 *
 * @param departments the acceptable departments; empty when the answer is "no department"
 * @param flagged     an external row with a {@code note}: a police matter inside 12345 data
 */
record LabelledCase(String id, ClassificationRequest request, String line, Integer category, List<String> departments,
                    String plate, List<String> phenomena, boolean flagged) {

    static final String PLAIN = "(plain)";

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
                text(expect, "plate"), List.copyOf(phenomena), list != null && row.hasNonNull("note"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    boolean departmentFits(String predicted) {
        return departments.isEmpty() ? predicted == null : predicted != null && departments.contains(predicted);
    }
}
