package city.hotline.router;

import city.hotline.router.routing.TicketClassifier;
import city.hotline.schemas.RoutingDecision;
import city.hotline.schemas.TicketReceived;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real Drools classifier, made to throw a given number of times for tickets whose text contains a
 * marker a test chose. Nothing else about routing is replaced.
 */
public class FaultInjectingClassifier implements TicketClassifier {

    private final TicketClassifier real;
    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    public FaultInjectingClassifier(TicketClassifier real) {
        this.real = real;
    }

    public void failTimes(String textMarker, int times) {
        failuresLeft.put(textMarker, new AtomicInteger(times));
    }

    /** How many times a ticket whose text contains the marker was classified (failed attempts included). */
    public int attempts(String textMarker) {
        return attempts.getOrDefault(textMarker, new AtomicInteger()).get();
    }

    public void count(String textMarker) {
        attempts.put(textMarker, new AtomicInteger());
    }

    @Override
    public RoutingDecision classify(TicketReceived ticket) {
        attempts.forEach((marker, count) -> {
            if (ticket.text().contains(marker)) {
                count.incrementAndGet();
            }
        });
        failuresLeft.forEach((marker, left) -> {
            if (ticket.text().contains(marker) && left.getAndDecrement() > 0) {
                throw new IllegalStateException("injected classifier failure for " + marker);
            }
        });
        return real.classify(ticket);
    }
}
