package city.hotline.router.exchange;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where a partner's pull stopped: the next offset of each partition of its exchange topic, as an opaque
 * token ({@code base64url("0:12,1:7,2:3")}) that the partner sends back to continue.
 */
final class OutboxCursor {

    private OutboxCursor() {
    }

    /** @throws IllegalArgumentException for a token this service did not issue */
    static Map<Integer, Long> decode(String token) {
        Map<Integer, Long> offsets = new TreeMap<>();
        if (token == null || token.isBlank()) {
            return offsets;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            for (String pair : text.split(",")) {
                String[] parts = pair.split(":");
                if (parts.length != 2 || Long.parseLong(parts[1]) < 0) {
                    throw new IllegalArgumentException(pair);
                }
                offsets.put(Integer.parseInt(parts[0]), Long.parseLong(parts[1]));
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("cursor is not one this service issued: " + token, e);
        }
        return offsets;
    }

    static String encode(Map<Integer, Long> offsets) {
        String text = new TreeMap<>(offsets).entrySet().stream()
                .map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(","));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
