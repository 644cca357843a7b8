package city.hotline.router.routing;

import city.hotline.rules.Classification;
import city.hotline.rules.ClassificationRequest;
import city.hotline.rules.Classifier;
import city.hotline.rules.RulebaseRegistry;
import city.hotline.rules.catalogue.Catalogue;
import city.hotline.schemas.RoutingDecision;
import city.hotline.schemas.TicketReceived;
import city.hotline.schemas.TimeLimits;

/**
 * Adapts the rules library (no Kafka, no Spring) to the event records. Each ticket is classified by
 * whichever whole rulebase serves at that moment; its version is in the decision.
 */
public class DroolsTicketClassifier implements TicketClassifier {

    private final RulebaseRegistry rulebase;

    public DroolsTicketClassifier(RulebaseRegistry rulebase) {
        this.rulebase = rulebase;
    }

    @Override
    public RoutingDecision classify(TicketReceived ticket) {
        Classifier classifier = rulebase.current(); // one rulebase for the decision and the item's limits
        Classification c = classifier.classify(
                new ClassificationRequest(ticket.channel().wireName(), ticket.text(), ticket.dialledLine()));
        return new RoutingDecision(c.line(), c.category(), c.item(), c.department(), c.plate(), c.plateColour(),
                c.alsoNotify(), c.rules(), c.matchedFacts(), c.needsReview(), c.confidence(),
                c.rulebaseVersion(), c.tookMicros(), timeLimits(classifier.catalogue(), c.item()));
    }

    private static TimeLimits timeLimits(Catalogue catalogue, String itemCode) {
        return itemCode == null ? null : catalogue.item(itemCode)
                .map(item -> new TimeLimits(item.accept().toString(), item.feedback().toString(), item.finish().toString()))
                .orElse(null);
    }
}
