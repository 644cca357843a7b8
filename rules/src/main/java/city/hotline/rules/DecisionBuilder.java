package city.hotline.rules;

import city.hotline.rules.facts.Decided;
import city.hotline.rules.facts.ItemMatter;
import city.hotline.rules.facts.PlateFact;
import city.hotline.rules.facts.PoliceCategory;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The decision the rules fill in, one per classification (the DRL global {@code decision}).
 * Exactly one of the deciding rules in precedence.drl sets the line; each returns the
 * {@link Decided} fact it inserts, so later rules can follow the decision.
 */
public final class DecisionBuilder {

    /** One matter and nothing competing with it. */
    static final double CLEAR = 0.9;
    /** Several matters matched and precedence chose between them. */
    static final double RESOLVED_BY_PRECEDENCE = 0.6;
    /** A danger sign sent to 110 without a category rule: likely, but a person confirms. */
    static final double UNRESOLVED_DANGER = 0.5;
    /** Nothing recognised: a guess that a person must confirm. */
    static final double NEEDS_REVIEW = 0.2;
    /** Taken off the confidence for a doubt: a denied danger, a transfer header the content contradicts. */
    static final double DOUBT = 0.1;

    private String line;
    private Integer category;
    private String item;
    private String department;
    private String plate;
    private String plateColour;
    private final Set<String> alsoNotify = new LinkedHashSet<>();
    private boolean needsReview;
    private double confidence;
    private boolean doubted;

    DecisionBuilder() {
    }

    /** 110 with this category; {@code matters} counts every matter the request matched. */
    public Decided police(PoliceCategory category, long matters) {
        decide("110", matters);
        this.category = category.code();
        return new Decided(line, this.category, null);
    }

    /**
     * 110 for a danger sign no category accounts for, or a police matter only the model reads:
     * a person confirms it on a three-way call (needsReview), so the caller is not dropped.
     */
    public Decided dangerFirst(PoliceCategory category) {
        Decided decided = police(category, 1);
        this.needsReview = true;
        this.confidence = UNRESOLVED_DANGER;
        return decided;
    }

    /** 114 with the plate the caller gave, or none: the operator asks again. */
    public Decided moveCar(PlateFact plate, long matters) {
        decide("114", matters);
        if (plate != null) {
            this.plate = plate.plate();
            this.plateColour = plate.colour();
        }
        return new Decided(line, null, null);
    }

    public Decided hotline(String department, long matters) {
        decide("12345", matters);
        this.department = department;
        return new Decided(line, null, department);
    }

    /** Nothing recognised: 12345, the catch-all line, with a person to read it. */
    public Decided review() {
        decide("12345", 0);
        this.needsReview = true;
        this.confidence = NEEDS_REVIEW;
        return new Decided(line, null, null);
    }

    /** The transfer item the decision follows; its department stands where a 110 decision has none. */
    public void item(ItemMatter matter) {
        this.item = matter.code();
        if (department == null) {
            department = matter.department();
        }
    }

    /** A service the 110 centre dispatches as well: 119, 120 or 122. */
    public void alsoNotify(String service) {
        alsoNotify.add(service);
    }

    /**
     * Something speaks against the decision without changing it (the caller denied a danger; a
     * transfer header claims another line): a little less certain, once however many.
     */
    public void doubt() {
        if (!doubted) {
            doubted = true;
            confidence = Math.max(NEEDS_REVIEW, confidence - DOUBT);
        }
    }

    private void decide(String line, long matters) {
        if (this.line != null) {
            throw new IllegalStateException("two rules decided the line: " + this.line + " and " + line);
        }
        this.line = line;
        this.confidence = matters > 1 ? RESOLVED_BY_PRECEDENCE : CLEAR;
    }

    Classification build(List<String> rules, List<String> matchedFacts, String rulebaseVersion, long tookMicros) {
        if (line == null) {
            throw new IllegalStateException("no rule decided the line; rules fired: " + rules);
        }
        return new Classification(line, category, item, department, plate, plateColour, List.copyOf(alsoNotify),
                rules, matchedFacts, needsReview, confidence, rulebaseVersion, tookMicros);
    }
}
