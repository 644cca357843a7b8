package city.hotline.rules;

import city.hotline.rules.catalogue.CatalogueSource;
import city.hotline.rules.catalogue.InvalidCatalogueException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The live rulebase and its safe replacement. A candidate (a new catalogue, an edited DRL file
 * or lexicon) is checked, compiled and self-tested on the side; only when all of that passes is
 * it swapped in, atomically, so every decision is made by one whole rulebase, old or new. A
 * broken candidate is rejected with its errors and the old rulebase keeps serving.
 *
 * <p>Thread-safe: classification reads the live classifier without locking; reloads are serialised.
 */
public final class RulebaseRegistry {

    private record Live(Rulebase source, Classifier classifier) {
    }

    private final AtomicReference<Live> live;

    private RulebaseRegistry(Rulebase source, Classifier classifier) {
        this.live = new AtomicReference<>(new Live(source, classifier));
    }

    /** Serves the rulebase shipped in the jar; throws as {@link Classifier#build} when it is broken. */
    public static RulebaseRegistry fromClasspath() {
        return serving(Rulebase.fromClasspath());
    }

    /** Serves this rulebase; throws as {@link Classifier#build} when it is broken. */
    public static RulebaseRegistry serving(Rulebase rulebase) {
        return new RulebaseRegistry(rulebase, Classifier.build(rulebase));
    }

    /** The classifier serving now; hold it for one decision, not across reloads. */
    public Classifier current() {
        return live.get().classifier();
    }

    public Classification classify(ClassificationRequest request) {
        return current().classify(request);
    }

    public String rulebaseVersion() {
        return current().rulebaseVersion();
    }

    /** Tries the live DRL and lexicon with another transfer-item catalogue. */
    public ReloadResult reload(CatalogueSource catalogue) {
        return reload(live.get().source().withCatalogue(catalogue));
    }

    /** Tries a whole candidate rulebase (e.g. {@code Rulebase.fromClasspath().with("precedence.drl", edited)}). */
    public synchronized ReloadResult reload(Rulebase candidate) {
        Candidate checked = build(candidate);
        if (!checked.errors().isEmpty()) {
            return checked.result(false, rulebaseVersion());
        }
        live.set(new Live(candidate, checked.classifier()));
        return checked.result(true, checked.classifier().rulebaseVersion());
    }

    /**
     * Checks, compiles and self-tests a catalogue with the live DRL and lexicon, without serving it: what
     * {@link #reload(CatalogueSource)} would answer. {@code accepted} means it would be accepted.
     */
    public ReloadResult check(CatalogueSource catalogue) {
        return check(live.get().source().withCatalogue(catalogue));
    }

    /** Checks, compiles and self-tests a whole candidate without serving it: what {@link #reload(Rulebase)} would answer. */
    public ReloadResult check(Rulebase candidate) {
        return trial(candidate).result();
    }

    /**
     * A candidate checked as {@link #check(Rulebase)} does, with its classifier when it would be accepted, so it
     * can be tried on real requests without serving them: "what would this change decide?".
     *
     * @param result     what a reload would answer
     * @param classifier the candidate's own classifier; empty when the candidate would be rejected
     */
    public record Trial(ReloadResult result, Optional<Classifier> classifier) {
    }

    /** Builds a candidate on the side for {@link Trial trying}; the live rulebase is not touched. */
    public Trial trial(Rulebase candidate) {
        Candidate checked = build(candidate);
        boolean acceptable = checked.errors().isEmpty();
        return new Trial(checked.result(acceptable, rulebaseVersion()),
                acceptable ? Optional.of(checked.classifier()) : Optional.empty());
    }

    private record Candidate(Rulebase source, Classifier classifier, List<String> errors, long buildMillis) {
        ReloadResult result(boolean accepted, String liveVersion) {
            return new ReloadResult(accepted, liveVersion, source.version(), errors, buildMillis);
        }
    }

    private static Candidate build(Rulebase candidate) {
        long started = System.nanoTime();
        List<String> errors = new ArrayList<>();
        Classifier built = null;
        try {
            built = Classifier.build(candidate);
            SelfTest.run(built).forEach(failure -> errors.add("self-test: " + failure));
        } catch (InvalidCatalogueException e) {
            e.problems().forEach(problem -> errors.add(problem.toString()));
        } catch (IllegalArgumentException | IllegalStateException e) {
            errors.add(e.getMessage()); // a malformed lexicon, or DRL that does not compile
        }
        return new Candidate(candidate, built, errors, (System.nanoTime() - started) / 1_000_000);
    }
}
