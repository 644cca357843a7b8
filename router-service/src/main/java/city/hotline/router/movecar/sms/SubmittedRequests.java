package city.hotline.router.movecar.sms;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The SMS this process has already submitted, by request id, with the SMS centre's message id. When the
 * transaction that records a submit fails (a rebalance, a broker hiccup), the batch is delivered again; this
 * keeps the owner from being texted twice by the same process. Bounded: only recent requests can come back.
 */
class SubmittedRequests {

    private final Map<String, String> messageIds;

    SubmittedRequests(int capacity) {
        this.messageIds = new LinkedHashMap<>(capacity, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<String> messageIdOf(String requestId) {
        return Optional.ofNullable(messageIds.get(requestId));
    }

    synchronized void submitted(String requestId, String messageId) {
        messageIds.put(requestId, messageId);
    }
}
