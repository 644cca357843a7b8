package city.hotline.router.routing;

import org.apache.kafka.streams.processor.api.RecordMetadata;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed classification attempts per intake record. It outlives stream threads on purpose: a failure
 * replaces the thread, and the replacement must know how often the record has failed before.
 */
class ClassifierAttempts {

    private final int maxAttempts;
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();

    ClassifierAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    /** Records one more failure; true while the record may still be retried. */
    boolean failedMayRetry(RecordMetadata source) {
        return failures.merge(key(source), 1, Integer::sum) < maxAttempts;
    }

    void forget(RecordMetadata source) {
        failures.remove(key(source));
    }

    private static String key(RecordMetadata source) {
        return source.topic() + "-" + source.partition() + "@" + source.offset();
    }
}
