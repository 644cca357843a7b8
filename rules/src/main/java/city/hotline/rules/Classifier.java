package city.hotline.rules;

import city.hotline.rules.lexicon.Lexicon;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

import java.util.Objects;

/**
 * Classifies a request to 110 (with its category), 114 (with the plate) or 12345 (with the
 * department), explaining which rules decided and what they matched.
 *
 * <p>Thread-safe: the KieBase and lexicon are shared and immutable; every call works in a
 * session of its own.
 */
public final class Classifier {

    private final KieBase kieBase;
    private final Lexicon lexicon;
    private final String rulebaseVersion;

    private Classifier(KieBase kieBase, Lexicon lexicon, String rulebaseVersion) {
        this.kieBase = kieBase;
        this.lexicon = lexicon;
        this.rulebaseVersion = rulebaseVersion;
    }

    /**
     * Builds the rulebase shipped in this jar.
     *
     * @throws IllegalStateException with Drools' messages when a DRL file does not compile
     * @throws IllegalArgumentException when the lexicon is malformed
     */
    public static Classifier fromClasspath() {
        Rulebase rulebase = Rulebase.fromClasspath();
        return new Classifier(rulebase.compile(), rulebase.lexicon(), rulebase.version());
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
        KieSession session = kieBase.newKieSession();
        try {
            session.setGlobal("decision", decision);
            session.addEventListener(explanation);
            Features.of(request, lexicon).forEach(session::insert);
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        long tookMicros = (System.nanoTime() - started) / 1_000;
        return decision.build(explanation.rules(), explanation.matchedFacts(), rulebaseVersion, tookMicros);
    }

    /** Content hash of the DRL and lexicon this classifier was built from, e.g. {@code rb-3f2a9c01d4e5}. */
    public String rulebaseVersion() {
        return rulebaseVersion;
    }
}
