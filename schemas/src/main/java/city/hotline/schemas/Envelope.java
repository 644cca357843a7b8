package city.hotline.schemas;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A CloudEvents 1.0 event in structured mode: the attributes and the data in one JSON
 * document, which is the Kafka record value. Structured mode keeps an event self-describing
 * when it is dumped, replayed or dead-lettered, where headers are easily lost.
 *
 * <p>Extension attributes other than {@code schemaversion} are accepted on decode but not kept.
 *
 * @param subject       the ticket id; producers also use it as the Kafka record key
 * @param dataschema    the {@code $id} of the data schema, see {@link EventType#dataSchema()}
 * @param schemaversion extension attribute: the data schema major version, see {@link EventType#SCHEMA_VERSION}
 */
public record Envelope<T>(
        String specversion,
        String id,
        String source,
        String type,
        Instant time,
        String subject,
        String datacontenttype,
        String dataschema,
        String schemaversion,
        T data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";

    /**
     * A new event with a random id and the current schema version.
     *
     * @param source  who produced it, a URI-reference such as {@code /intake/sms}
     * @param subject the ticket id
     * @throws IllegalArgumentException if {@code data} is not the type's {@link EventType#dataClass()}
     */
    public static <T> Envelope<T> of(EventType type, String source, String subject, T data, Instant time) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(time, "time");
        if (!type.dataClass().isInstance(data)) {
            throw new IllegalArgumentException(type + " carries " + type.dataClass().getSimpleName()
                    + ", not " + data.getClass().getSimpleName());
        }
        return new Envelope<>(SPEC_VERSION, UUID.randomUUID().toString(), source, type.type(), time, subject,
                DATA_CONTENT_TYPE, type.dataSchema().toString(), EventType.SCHEMA_VERSION, data);
    }

    /**
     * This event with another id: for producers whose events must keep one id across retries (a partner's
     * idempotency key), so that consumers apply the event once.
     */
    public Envelope<T> withId(String newId) {
        return new Envelope<>(specversion, newId, source, type, time, subject, datacontenttype, dataschema,
                schemaversion, data);
    }

    /**
     * @throws InvalidEventException with {@link InvalidEventException.Reason#UNKNOWN_TYPE} if the
     *                               type is not one of ours (impossible for decoded envelopes)
     */
    public EventType eventType() {
        return EventType.fromType(type).orElseThrow(() -> new InvalidEventException(
                InvalidEventException.Reason.UNKNOWN_TYPE, List.of(new Violation("/type", "unknown type " + type))));
    }
}
