package city.hotline.router.rulebase;

import city.hotline.rules.Rulebase;
import city.hotline.rules.catalogue.CatalogueSource;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A rulebase as a release carries it: the transfer-item catalogue, and the DRL files that replace the jar's.
 * Built on the jar's rulebase, so every instance that applies the same release serves the same version.
 *
 * @param drlFiles DRL file name to content; empty while the jar's DRL serves
 */
public record ReleasedRulebase(CatalogueSource catalogue, Map<String, String> drlFiles) {

    public ReleasedRulebase {
        Objects.requireNonNull(catalogue, "catalogue");
        drlFiles = Map.copyOf(drlFiles);
    }

    /** The jar's own rulebase: what serves until a release replaces it. */
    static ReleasedRulebase shipped() {
        return new ReleasedRulebase(CatalogueSource.classpath().orElseThrow(() -> new IllegalStateException(
                "no transfer-item catalogue on the classpath at " + CatalogueSource.RESOURCE)), Map.of());
    }

    /**
     * This rulebase with one part replaced. A DRL file keeps replacing the jar's until a release sets it back to the
     * jar's content, which drops it: a later deployment's edit of that file is then not masked by the release.
     *
     * @throws IllegalArgumentException for a DRL file the rulebase does not have
     */
    public ReleasedRulebase with(RulebaseChange change) {
        return switch (change.kind()) {
            case CATALOGUE -> new ReleasedRulebase(CatalogueSource.of(change.name(), change.content()), drlFiles);
            case DRL -> {
                Rulebase jar = Rulebase.fromClasspath();
                // The version hashes every file's content: the same version is the same text.
                boolean asShipped = jar.with(change.name(), change.content()).version().equals(jar.version());
                Map<String, String> edited = new HashMap<>(drlFiles);
                if (asShipped) {
                    edited.remove(change.name());
                } else {
                    edited.put(change.name(), change.content());
                }
                yield new ReleasedRulebase(catalogue, edited);
            }
        };
    }

    /**
     * The rulebase to check and serve: the jar's, with this catalogue and these DRL files.
     *
     * @throws IllegalArgumentException when a DRL file is not one of the rulebase's (a release of another version)
     */
    public Rulebase rulebase() {
        Rulebase rulebase = Rulebase.fromClasspath().withCatalogue(catalogue);
        for (Map.Entry<String, String> drl : drlFiles.entrySet()) {
            rulebase = rulebase.with(drl.getKey(), drl.getValue());
        }
        return rulebase;
    }
}
