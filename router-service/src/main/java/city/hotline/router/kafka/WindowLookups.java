package city.hotline.router.kafka;

import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Lookups in the window stores the processors use to remember what they have seen recently. */
public final class WindowLookups {

    private WindowLookups() {
    }

    /**
     * The values stored for a key within {@code window} either side of {@code at}, oldest first. Both ways
     * in time, because records of one key can reach a partition out of timestamp order (they come from
     * several input partitions, or an adapter retried late).
     */
    public static <V> List<V> valuesAround(WindowStore<String, V> store, String key, long at, Duration window) {
        List<V> values = new ArrayList<>();
        try (WindowStoreIterator<V> seen = store.fetch(key, Instant.ofEpochMilli(Math.max(0, at - window.toMillis())),
                Instant.ofEpochMilli(at + window.toMillis()))) {
            seen.forEachRemaining(entry -> values.add(entry.value));
        }
        return values;
    }
}
