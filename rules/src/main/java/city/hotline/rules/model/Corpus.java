package city.hotline.rules.model;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training corpus: JSON Lines files in one folder, read in file-name order, each line
 * {@code {"line", "category", "department", "item", "style", "text"}} (see docs/rules.md,
 * "The model's corpus"). A malformed line stops the build with its file, line and field: a
 * corpus that trains on half its rows would pass unnoticed.
 */
public final class Corpus {

    /** One request of the corpus; {@code style} as the corpus names it, {@code channel} the one it implies. */
    public record Entry(String file, int lineNumber, String style, String channel, String text, RouteLabel label) {
    }

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Corpus() {
    }

    public static List<Entry> read(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(path -> path.getFileName().toString().endsWith(".jsonl")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no *.jsonl corpus files in " + folder);
        }
        List<Entry> entries = new ArrayList<>();
        for (Path file : files) {
            List<String> rows = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int n = 0; n < rows.size(); n++) {
                if (!rows.get(n).isBlank()) {
                    entries.add(entry(file.getFileName().toString(), n + 1, rows.get(n)));
                }
            }
        }
        return entries;
    }

    private static Entry entry(String file, int lineNumber, String row) {
        String where = file + " line " + lineNumber;
        JsonNode node;
        try {
            node = MAPPER.readTree(row);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(where + ": not JSON: " + e.getOriginalMessage());
        }
        String text = string(node, "text");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(where + ", field text: missing or blank");
        }
        String line = string(node, "line");
        if (line == null) {
            throw new IllegalArgumentException(where + ", field line: missing");
        }
        JsonNode category = node.get("category");
        try {
            RouteLabel label = new RouteLabel(line,
                    category == null || category.isNull() ? null : category.asInt(),
                    "110".equals(line) ? null : string(node, "department"));
            return new Entry(file, lineNumber, string(node, "style"), channelOf(string(node, "style")), text, label);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ", field line/category/department: " + e.getMessage());
        }
    }

    /** The corpus says how a request is written; a style names the channel it would come in by. */
    private static String channelOf(String style) {
        if (style == null) {
            return "call";
        }
        return switch (style) {
            case "sms" -> "sms";
            case "wechat" -> "wechat";
            case "web" -> "open311";
            default -> "call";
        };
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
