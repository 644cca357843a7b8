package city.hotline.router.routing;

import city.hotline.rules.Classification;
import city.hotline.rules.ClassificationRequest;
import city.hotline.rules.Classifier;
import city.hotline.schemas.RoutingDecision;
import city.hotline.schemas.TicketReceived;

/** Adapts the rules library's classifier (no Kafka, no Spring) to the event records. */
public class DroolsTicketClassifier implements TicketClassifier {

    private final Classifier classifier;

    public DroolsTicketClassifier(Classifier classifier) {
        this.classifier = classifier;
    }

    @Override
    public RoutingDecision classify(TicketReceived ticket) {
        Classification c = classifier.classify(
                new ClassificationRequest(ticket.channel().wireName(), ticket.text(), ticket.dialledLine()));
        return new RoutingDecision(c.line(), c.category(), c.item(), c.department(), c.plate(), c.plateColour(),
                c.alsoNotify(), c.rules(), c.matchedFacts(), c.needsReview(), c.confidence(),
                c.rulebaseVersion(), c.tookMicros());
    }
}
