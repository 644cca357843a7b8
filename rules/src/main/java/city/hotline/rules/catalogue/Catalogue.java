package city.hotline.rules.catalogue;

import java.util.List;
import java.util.Optional;

/** The transfer items, checked, in file order. */
public record Catalogue(List<TransferItem> items) {

    public static final Catalogue EMPTY = new Catalogue(List.of());

    public Catalogue {
        items = List.copyOf(items);
    }

    /**
     * Reads and checks a catalogue against the city's departments.
     *
     * @throws InvalidCatalogueException listing every problem, each with file, line and field
     */
    public static Catalogue read(CatalogueSource source, Departments departments) {
        return new CatalogueReader(source.name(), departments).read(source.content());
    }

    public Optional<TransferItem> item(String code) {
        return items.stream().filter(item -> item.code().equals(code)).findFirst();
    }
}
