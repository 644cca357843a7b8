package city.hotline.rules.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The text of a catalogue and the name its errors are reported under: the file shipped in the
 * jar, an edited file on disk, or text an administrator uploaded.
 */
public record CatalogueSource(String name, String content) {

    /** Where the shipped catalogue lives on the classpath. */
    public static final String RESOURCE = "city/hotline/rules/catalogue/transfer-items.csv";

    public static CatalogueSource of(String name, String content) {
        return new CatalogueSource(name, content);
    }

    public static CatalogueSource file(Path path) {
        try {
            return new CatalogueSource(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read catalogue " + path, e);
        }
    }

    /** The catalogue shipped in the jar, when there is one. */
    public static Optional<CatalogueSource> classpath() {
        return classpath(RESOURCE);
    }

    public static Optional<CatalogueSource> classpath(String resource) {
        try (InputStream in = CatalogueSource.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            String name = resource.substring(resource.lastIndexOf('/') + 1);
            return Optional.of(new CatalogueSource(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
