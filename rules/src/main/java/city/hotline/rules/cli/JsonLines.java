package city.hotline.rules.cli;

import city.hotline.rules.Classification;
import city.hotline.rules.ClassificationRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * The command-line contract in one place: how an input line becomes a request, and how a
 * decision or an error becomes an output line.
 */
final class JsonLines {

    /** An input line that cannot be classified; the message says why. */
    static final class BadLine extends RuntimeException {
        BadLine(String message) {
            super(message);
        }
    }

    /** One output line for one decision; field names are the contract of bin/classify. */
    record Decision(JsonNode id, String line, Integer category, String item, String department, String plate,
                    String plateColour, List<String> alsoNotify, boolean needsReview, double confidence,
                    List<String> rules, List<String> matchedFacts, String rulebaseVersion, long tookMicros) {

        static Decision of(JsonNode id, Classification c) {
            return new Decision(id, c.line(), c.category(), c.item(), c.department(), c.plate(), c.plateColour(),
                    c.alsoNotify(), c.needsReview(), c.confidence(), c.rules(), c.matchedFacts(),
                    c.rulebaseVersion(), c.tookMicros());
        }
    }

    /** The output line for an input that could not be classified. */
    record Error(JsonNode id, String error) {
    }

    static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    private JsonLines() {
    }

    /** @throws BadLine when the line is no JSON object */
    static JsonNode parse(String line) {
        JsonNode node;
        try {
            node = MAPPER.readTree(line);
        } catch (RuntimeException e) {
            throw new BadLine("not JSON: " + firstLine(e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            throw new BadLine("not a JSON object");
        }
        return node;
    }

    /** The id as given (string or number), or JSON null when the line has none. */
    static JsonNode id(JsonNode input) {
        JsonNode id = input == null ? null : input.get("id");
        return id == null ? MAPPER.nullNode() : id;
    }

    /** @throws BadLine when the text is missing, not a string or blank */
    static ClassificationRequest request(JsonNode input) {
        String text = optionalString(input, "text");
        if (text == null || text.isBlank()) {
            throw new BadLine("\"text\" must be a non-blank string");
        }
        return new ClassificationRequest(optionalString(input, "channel"), text, optionalString(input, "dialledLine"));
    }

    private static String optionalString(JsonNode input, String field) {
        JsonNode value = input.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new BadLine("\"" + field + "\" must be a string");
        }
        return value.stringValue();
    }

    static String write(Object line) {
        return MAPPER.writeValueAsString(line);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
