package city.hotline.router.routing;

import city.hotline.rules.Classification;
import city.hotline.rules.ClassificationRequest;
import city.hotline.rules.RulebaseRegistry;
import city.hotline.schemas.RoutingDecision;
import city.hotline.schemas.TicketReceived;

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
        Classification c = rulebase.classify(
                new ClassificationRequest(ticket.channel().wireName(), ticket.text(), ticket.dialledLine()));
        return new RoutingDecision(c.line(), c.category(), c.item(), c.department(), c.plate(), c.plateColour(),
                c.alsoNotify(), c.rules(), c.matchedFacts(), c.needsReview(), c.confidence(),
                c.rulebaseVersion(), c.tookMicros());
    }
}
