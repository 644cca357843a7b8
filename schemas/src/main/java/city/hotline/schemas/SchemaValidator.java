package city.hotline.schemas;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Validates documents against our JSON Schemas, which are the contract with non-Java
 * integrators; the Java records only mirror them. Schemas are resolved from the classpath by
 * their {@code $id}, so nothing is ever fetched over the network, and are all loaded up front,
 * so a broken schema fails at startup rather than on the first event. Thread-safe.
 */
public final class SchemaValidator {

    /** Every schema {@code $id} starts with this; it is mapped to {@code classpath:schemas/}. */
    public static final String ID_PREFIX = "https://schemas.city-hotline.example/";

    public static final String ENVELOPE = "envelope";
    public static final String TICKET_SUBMISSION = "ticket-submission";

    private final Map<String, Schema> schemas;

    public SchemaValidator() {
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                // 2020-12 makes "format" an annotation only; we want a bad date-time rejected.
                .formatAssertionsEnabled(true)
                .pathType(PathType.JSON_POINTER)
                // Messages go to logs and dead-letter headers; keep them the same on every host.
                .locale(Locale.ENGLISH)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder
                        .schemaRegistryConfig(config)
                        .schemaIdResolvers(ids -> ids.mapPrefix(ID_PREFIX, "classpath:schemas/")));
        this.schemas = Stream.concat(Stream.of(ENVELOPE, TICKET_SUBMISSION),
                        Stream.of(EventType.values()).map(EventType::schemaName))
                .distinct()
                .collect(Collectors.toUnmodifiableMap(Function.identity(), name -> load(registry, name)));
    }

    /** The {@code $id} of the schema in {@code schemas/<name>.schema.json}. */
    public static URI schemaId(String schemaName) {
        return URI.create(ID_PREFIX + schemaName + ".schema.json");
    }

    /**
     * @param schemaName {@link #ENVELOPE}, {@link #TICKET_SUBMISSION} or an {@link EventType#schemaName()}
     * @return the violations, empty if the document is valid; fields are relative to {@code document}
     * @throws IllegalArgumentException for a schema name we do not have
     */
    public List<Violation> validate(String schemaName, JsonNode document) {
        Schema schema = schemas.get(schemaName);
        if (schema == null) {
            throw new IllegalArgumentException("no schema named " + schemaName + "; known: " + schemas.keySet());
        }
        Set<Violation> violations = new LinkedHashSet<>();
        for (Error error : schema.validate(document)) {
            violations.add(new Violation(field(error), error.getMessage()));
        }
        return List.copyOf(violations);
    }

    private static Schema load(SchemaRegistry registry, String name) {
        Schema schema = registry.getSchema(SchemaLocation.of(schemaId(name).toString()));
        schema.initializeValidators();
        return schema;
    }

    /**
     * "required" and "additionalProperties" report the object that holds the property; a
     * reader wants the property itself, so it is appended.
     */
    private static String field(Error error) {
        String location = error.getInstanceLocation().toString();
        String property = error.getProperty();
        if (property == null) {
            return location;
        }
        return location + "/" + property.replace("~", "~0").replace("/", "~1");
    }
}
