package city.hotline.schemas;

import city.hotline.schemas.InvalidEventException.Reason;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The only way events enter or leave a service: every document is checked against the JSON
 * Schema before it becomes a record, and every record before it becomes bytes, so a bad
 * event is refused at the edge with a reason instead of failing somewhere downstream.
 * Thread-safe; build one and share it, as loading the schemas is not cheap.
 */
public final class EventCodec {

    /** The Kafka protocol binding's {@code content-type} header value for structured mode. */
    public static final String CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    /** Schema versions this code can read; kept apart from the one it writes to allow a rolling upgrade. */
    private static final Set<String> READABLE_SCHEMA_VERSIONS = Set.of(EventType.SCHEMA_VERSION);

    private final int maxBytes;
    private final JsonMapper mapper;
    private final SchemaValidator validator;

    /** @param maxBytes documents larger than this are refused unparsed, to bound memory per record */
    public EventCodec(int maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.mapper = newMapper();
        this.validator = new SchemaValidator();
    }

    /**
     * The mapper the codec uses: nulls omitted, {@link java.time.Instant}s as ISO-8601 strings,
     * duplicate keys and trailing content refused, absent primitives read as 0. Unknown properties
     * are ignored because the schemas, not the mapper, decide what is allowed.
     */
    public JsonMapper mapper() {
        return mapper;
    }

    /**
     * Decodes an event of any of our types.
     *
     * @throws InvalidEventException with the first failing check's reason, in this order:
     *                               OVERSIZE, MALFORMED_JSON, SCHEMA_VIOLATION (envelope), UNKNOWN_TYPE,
     *                               UNSUPPORTED_SCHEMA_VERSION, SCHEMA_VIOLATION (dataschema, then data)
     */
    public Envelope<?> decode(byte[] bytes) {
        return decodeChecked(bytes, null);
    }

    /**
     * Decodes an event that must be of {@code expected} type, as on a topic that carries one type.
     *
     * @throws InvalidEventException as {@link #decode(byte[])}, and UNKNOWN_TYPE for another of our types
     */
    @SuppressWarnings("unchecked")
    public <T> Envelope<T> decode(byte[] bytes, EventType expected) {
        if (expected == null) {
            throw new IllegalArgumentException("expected type is required");
        }
        return (Envelope<T>) decodeChecked(bytes, expected);
    }

    /**
     * Decodes the body of {@code POST /api/v1/tickets}; violation fields are relative to the body.
     *
     * @throws InvalidEventException OVERSIZE, MALFORMED_JSON or SCHEMA_VIOLATION
     */
    public TicketSubmission decodeSubmission(byte[] json) {
        ObjectNode body = parse(json);
        rejectIfAny(validator.validate(SchemaValidator.TICKET_SUBMISSION, body), "");
        return map(body, mapper.constructType(TicketSubmission.class));
    }

    /**
     * Encodes an event as UTF-8 JSON, checking it first exactly as {@link #decode(byte[])} would,
     * so a producer bug surfaces in the producer.
     *
     * @throws InvalidEventException if the event would be refused by its consumers
     */
    public byte[] encode(Envelope<?> envelope) {
        if (envelope == null) {
            throw new IllegalArgumentException("envelope is required");
        }
        JsonNode tree;
        try {
            tree = mapper.valueToTree(envelope);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("cannot serialise " + envelope.type() + " " + envelope.id(), e);
        }
        check((ObjectNode) tree, null);
        byte[] bytes = mapper.writeValueAsBytes(tree);
        checkSize(bytes);
        return bytes;
    }

    private Envelope<?> decodeChecked(byte[] bytes, EventType expected) {
        ObjectNode root = parse(bytes);
        EventType type = check(root, expected);
        JavaType envelopeType = mapper.getTypeFactory().constructParametricType(Envelope.class, type.dataClass());
        return map(root, envelopeType);
    }

    /** Runs every check after parsing, in the documented order; returns the event's type. */
    private EventType check(ObjectNode root, EventType expected) {
        rejectIfAny(validator.validate(SchemaValidator.ENVELOPE, root), "");
        String typeName = root.get("type").asString();
        EventType type = EventType.fromType(typeName).orElseThrow(() ->
                invalid(Reason.UNKNOWN_TYPE, "/type", "unknown event type " + typeName));
        if (expected != null && type != expected) {
            throw invalid(Reason.UNKNOWN_TYPE, "/type", "expected " + expected.type() + " but got " + typeName);
        }
        String version = root.get("schemaversion").asString();
        if (!READABLE_SCHEMA_VERSIONS.contains(version)) {
            throw invalid(Reason.UNSUPPORTED_SCHEMA_VERSION, "/schemaversion",
                    "schema version " + version + " is not supported; supported: "
                            + String.join(", ", READABLE_SCHEMA_VERSIONS.stream().sorted().toList()));
        }
        String dataSchema = root.get("dataschema").asString();
        if (!type.dataSchema().toString().equals(dataSchema)) {
            throw invalid(Reason.SCHEMA_VIOLATION, "/dataschema",
                    "must be " + type.dataSchema() + " for " + typeName);
        }
        rejectIfAny(validator.validate(type.schemaName(), root.get("data")), "/data");
        return type;
    }

    private ObjectNode parse(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw invalid(Reason.MALFORMED_JSON, "", "empty document");
        }
        checkSize(bytes);
        JsonNode node;
        try {
            node = mapper.readTree(bytes);
        } catch (JacksonException e) {
            throw invalid(Reason.MALFORMED_JSON, "", describe(e));
        }
        if (node == null || !node.isObject()) {
            throw invalid(Reason.MALFORMED_JSON, "",
                    "expected a JSON object but got " + (node == null ? "nothing" : node.getNodeType()));
        }
        return (ObjectNode) node;
    }

    private void checkSize(byte[] bytes) {
        if (bytes.length > maxBytes) {
            throw invalid(Reason.OVERSIZE, "", bytes.length + " bytes is more than the limit of " + maxBytes);
        }
    }

    /**
     * The schemas should make mapping failures impossible, but a value can be valid JSON Schema
     * and still not fit Java (a 25-digit {@code tookMicros}); that is the sender's fault too.
     */
    private <T> T map(JsonNode node, JavaType type) {
        try {
            return mapper.treeToValue(node, type);
        } catch (JacksonException e) {
            String field = e.getPath().stream()
                    .map(ref -> "/" + (ref.getPropertyName() != null ? ref.getPropertyName() : ref.getIndex()))
                    .collect(Collectors.joining());
            throw invalid(Reason.SCHEMA_VIOLATION, field, "cannot be read: " + e.getOriginalMessage());
        }
    }

    private static void rejectIfAny(List<Violation> violations, String prefix) {
        if (!violations.isEmpty()) {
            throw new InvalidEventException(Reason.SCHEMA_VIOLATION, violations.stream()
                    .map(v -> new Violation(prefix + v.field(), v.message()))
                    .toList());
        }
    }

    private static InvalidEventException invalid(Reason reason, String field, String message) {
        return new InvalidEventException(reason, List.of(new Violation(field, message)));
    }

    private static String describe(JacksonException e) {
        String message = e.getOriginalMessage();
        int cut = message.indexOf('\n');
        if (cut >= 0) {
            message = message.substring(0, cut);
        }
        return e.getLocation() == null ? message
                : message + " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }

    private static JsonMapper newMapper() {
        return JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // An optional number absent from the JSON becomes 0 in a primitive component
                // (RoutingDecision.confidence); an explicit null never gets here, the schemas refuse it.
                .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                // Declaration order puts specversion, id, type first: easier to read in a topic dump.
                .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
                .build();
    }
}
