package city.hotline.rules;

import city.hotline.rules.catalogue.Catalogue;
import city.hotline.rules.catalogue.CatalogueSource;
import city.hotline.rules.catalogue.Departments;
import city.hotline.rules.lexicon.Lexicon;
import city.hotline.rules.model.RouterModel;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The rulebase as source text: the DRL files, the concept table (lexicon.csv) and the
 * transfer-item catalogue, and the learned model built with the jar, with a version that is a
 * hash of exactly that text and the model's digest, so a decision names the rules that made it.
 */
public final class Rulebase {

    private static final String FOLDER = "city/hotline/rules/";
    /** DRL files by concern: what each matter is, what 110 also dispatches, which matter wins. */
    static final List<String> DRL_FILES = List.of("police-categories.drl", "catalogue.drl", "move-car.drl",
            "hotline.drl", "time.drl", "precedence.drl", "also-notify.drl");
    static final String LEXICON = "lexicon.csv";

    /** Resource name to content, DRL files first, in the order above, then the lexicon. */
    private final Map<String, String> sources;
    private final CatalogueSource catalogue;
    private final Optional<RouterModel> model;
    private final String version;

    private Rulebase(Map<String, String> sources, CatalogueSource catalogue, Optional<RouterModel> model) {
        this.sources = sources;
        this.catalogue = catalogue;
        this.model = model;
        this.version = versionOf(sources, catalogue, model);
    }

    /** The DRL, concept table, catalogue and model shipped in this jar (no model in a jar built without one). */
    public static Rulebase fromClasspath() {
        return withoutModel().withModel(RouterModel.fromClasspath());
    }

    /**
     * The DRL, concept table and catalogue shipped in this jar, without the model: what the model's
     * trainer reads requests with, before (or instead of) the model the jar may already carry.
     */
    static Rulebase withoutModel() {
        Map<String, String> sources = new LinkedHashMap<>();
        DRL_FILES.forEach(name -> sources.put(name, readResource(name)));
        sources.put(LEXICON, readResource(LEXICON));
        return new Rulebase(sources, CatalogueSource.classpath().orElse(null), Optional.empty());
    }

    /** This rulebase with one DRL file's or the lexicon's content replaced, e.g. an edited file to try. */
    public Rulebase with(String name, String content) {
        if (!sources.containsKey(name)) {
            throw new IllegalArgumentException("not a rulebase resource: " + name + "; one of " + sources.keySet());
        }
        Map<String, String> edited = new LinkedHashMap<>(sources);
        edited.put(name, content);
        return new Rulebase(edited, catalogue, model);
    }

    /** This rulebase with another learned model, e.g. one trained on part of the corpus to measure it. */
    public Rulebase withModel(RouterModel replacement) {
        return withModel(Optional.of(replacement));
    }

    private Rulebase withModel(Optional<RouterModel> replacement) {
        return new Rulebase(sources, catalogue, replacement);
    }

    /** This rulebase with another transfer-item catalogue. */
    public Rulebase withCatalogue(CatalogueSource replacement) {
        return new Rulebase(sources, replacement, model);
    }

    /** {@code rb-} and the first 12 hex digits of SHA-256 over every resource's name and content and the model's digest. */
    public String version() {
        return version;
    }

    /** The learned model that votes on every request, when the jar carries one. */
    Optional<RouterModel> model() {
        return model;
    }

    /** @throws IllegalArgumentException naming the file, line and field at fault when the concept table is malformed */
    Lexicon lexicon() {
        return Lexicon.parse(sources.get(LEXICON));
    }

    /** @throws city.hotline.rules.catalogue.InvalidCatalogueException listing every problem */
    Catalogue catalogue() {
        return catalogue == null ? Catalogue.EMPTY : Catalogue.read(catalogue, Departments.fromClasspath());
    }

    /**
     * Compiles the DRL files into a KieBase.
     *
     * @throws IllegalStateException carrying Drools' messages when a file does not compile
     */
    KieBase compile() {
        KieServices kie = KieServices.Factory.get();
        ReleaseId releaseId = kie.newReleaseId("city.hotline", "rulebase", version);
        KieFileSystem files = kie.newKieFileSystem().generateAndWritePomXML(releaseId);
        DRL_FILES.forEach(name -> files.write("src/main/resources/" + FOLDER + name, sources.get(name)));
        KieBuilder builder = kie.newKieBuilder(files).buildAll();
        List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
        if (!errors.isEmpty()) {
            throw new IllegalStateException("rulebase " + version + " does not compile:\n"
                    + errors.stream().map(Message::toString).collect(Collectors.joining("\n")));
        }
        try {
            return kie.newKieContainer(releaseId).getKieBase();
        } finally {
            // The KieBase is all we keep; the repository would otherwise hold every build for good.
            kie.getRepository().removeKieModule(releaseId);
        }
    }

    private static String readResource(String name) {
        try (InputStream in = Rulebase.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("rulebase resource missing from the classpath: " + FOLDER + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FOLDER + name, e);
        }
    }

    private static String versionOf(Map<String, String> sources, CatalogueSource catalogue, Optional<RouterModel> model) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            Map<String, String> hashed = new LinkedHashMap<>(sources);
            if (catalogue != null) {
                hashed.put("catalogue", catalogue.content());
            }
            model.ifPresent(m -> hashed.put("model", m.digest()));
            hashed.forEach((name, content) -> {
                sha256.update(name.getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) 0);
                sha256.update(content.getBytes(StandardCharsets.UTF_8));
                sha256.update((byte) 0);
            });
            return "rb-" + HexFormat.of().formatHex(sha256.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
