package city.hotline.rules;

import city.hotline.rules.catalogue.Catalogue;
import city.hotline.rules.model.RouterModel;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Classifies a request to 110 (with its category), 114 (with the plate) or 12345 (with the
 * department and transfer item), explaining which rules decided and what they matched.
 *
 * <p>The rules read facts the text pipeline ({@link TextReading}) makes of the request, and the
 * learned model's vote on it, when the jar carries a model.
 *
 * <p>Thread-safe: the KieBase, text pipeline, model and catalogue are shared and immutable; every call works
 * in a session of its own, taken from a pool and reset when it goes back, because creating a
 * session costs more than the whole decision.
 */
public final class Classifier {

    private final KieSessionsPool sessions;
    private final TextReading reading;
    private final Catalogue catalogue;
    private final Optional<RouterModel> model;
    private final String rulebaseVersion;

    private Classifier(KieBase kieBase, TextReading reading, Catalogue catalogue, Optional<RouterModel> model,
                       String rulebaseVersion) {
        this.sessions = kieBase.newKieSessionsPool(Runtime.getRuntime().availableProcessors());
        this.reading = reading;
        this.catalogue = catalogue;
        this.model = model;
        this.rulebaseVersion = rulebaseVersion;
    }

    /**
     * Builds the rulebase shipped in this jar.
     *
     * @throws IllegalStateException with Drools' messages when a DRL file does not compile
     * @throws IllegalArgumentException when the lexicon is malformed
     * @throws city.hotline.rules.catalogue.InvalidCatalogueException when the catalogue is
     */
    public static Classifier fromClasspath() {
        return build(Rulebase.fromClasspath());
    }

    /** Checks the concept table and catalogue, then compiles the DRL; throws as {@link #fromClasspath()}. */
    public static Classifier build(Rulebase rulebase) {
        Catalogue catalogue = rulebase.catalogue();
        TextReading reading = new TextReading(rulebase.lexicon(), catalogue);
        return new Classifier(rulebase.compile(), reading, catalogue, rulebase.model(), rulebase.version());
    }

    /** @throws IllegalArgumentException when the request's text is null or blank */
    public Classification classify(ClassificationRequest request) {
        Objects.requireNonNull(request, "request");
        if (request.text() == null || request.text().isBlank()) {
            throw new IllegalArgumentException("request text is null or blank");
        }
        long started = System.nanoTime();
        DecisionBuilder decision = new DecisionBuilder();
        Explanation explanation = new Explanation();
        Features features = reading.read(request);
        List<Object> facts = new ArrayList<>(features.facts());
        model.ifPresent(m -> facts.add(m.vote(features.modelInput())));
        KieSession session = sessions.newKieSession();
        try {
            session.setGlobal("decision", decision);
            session.addEventListener(explanation);
            facts.forEach(session::insert);
            session.fireAllRules();
        } finally {
            session.removeEventListener(explanation);
            session.dispose(); // back to the pool, emptied
        }
        explanation.setAside(facts);
        long tookMicros = (System.nanoTime() - started) / 1_000;
        return decision.build(explanation.rules(), explanation.matchedFacts(), rulebaseVersion, tookMicros);
    }

    /** Content hash of the DRL, concept table, catalogue and model this classifier was built from, e.g. {@code rb-3f2a9c01d4e5}. */
    public String rulebaseVersion() {
        return rulebaseVersion;
    }

    /** The transfer items this classifier knows. */
    public Catalogue catalogue() {
        return catalogue;
    }
}
