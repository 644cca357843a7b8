package city.hotline.router.exchange;

import tools.jackson.databind.JsonNode;

import java.util.List;

/**
 * A page of a partner's exchange topic: whole CloudEvents (work orders, reminders, outcomes, refused feedback),
 * oldest first per ticket, and the cursor to pass for the next page (the same cursor when nothing is new).
 */
record OutboxPage(List<JsonNode> events, String nextCursor) {
}
