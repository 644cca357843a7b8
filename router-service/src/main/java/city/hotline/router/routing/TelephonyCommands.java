package city.hotline.router.routing;

import city.hotline.router.privacy.PhoneMasker;
import city.hotline.schemas.Channel;
import city.hotline.schemas.RoutingDecision;
import city.hotline.schemas.TelephonyAction;
import city.hotline.schemas.TelephonyCommand;
import city.hotline.schemas.TicketReceived;

import java.util.Optional;
import java.util.Set;

/**
 * What the call centre's CTI does with a live call the rules sent to another line (国办发〔2022〕12号):
 * a matter that clearly belongs to the other line goes by one-key transfer (一键转接); where it is unclear who
 * takes it (the rules asked for review) or the caller may be in danger, a three-way call (三方通话) keeps the
 * caller and the first agent on the line while the target line joins.
 */
public final class TelephonyCommands {

    /** 110 categories where the caller may be in danger now: criminal, public order, mass incident, disaster, urgent help. */
    private static final Set<Integer> CALLER_IN_DANGER = Set.of(1, 2, 3, 4, 6);
    private static final int SUMMARY_LIMIT = 200;

    private TelephonyCommands() {
    }

    /** The command for a call routed away from the line it arrived on; empty for other tickets. */
    public static Optional<TelephonyCommand> forCall(TicketReceived ticket, RoutingDecision decision) {
        if (ticket.channel() != Channel.CALL || ticket.dialledLine() == null
                || ticket.dialledLine().equals(decision.line())) {
            return Optional.empty();
        }
        boolean urgent = "110".equals(decision.line())
                && (decision.category() != null && CALLER_IN_DANGER.contains(decision.category()) || !decision.alsoNotify().isEmpty());
        TelephonyAction action = urgent || decision.needsReview()
                ? TelephonyAction.THREE_WAY_CALL : TelephonyAction.ONE_KEY_TRANSFER;
        return Optional.of(new TelephonyCommand(action, ticket.externalId(), ticket.dialledLine(), decision.line(),
                summary(ticket, decision), decision.category(), decision.item(), decision.department(), urgent,
                decision.alsoNotify()));
    }

    /** What the receiving agent reads first: the classification, the place, then the caller's words, numbers masked. */
    private static String summary(TicketReceived ticket, RoutingDecision decision) {
        StringBuilder head = new StringBuilder("[");
        if (decision.category() != null) {
            head.append("警情类别").append(decision.category()).append(' ');
        }
        if (decision.item() != null) {
            head.append("事项").append(decision.item()).append(' ');
        }
        if (decision.department() != null) {
            head.append(decision.department()).append(' ');
        }
        if (decision.plate() != null) {
            head.append(decision.plate()).append(' ');
        }
        head.append("转自").append(ticket.dialledLine()).append("] ");
        if (ticket.location() != null && ticket.location().address() != null) {
            head.append(ticket.location().address()).append("：");
        }
        String text = PhoneMasker.maskText(head + ticket.text().strip().replaceAll("\\s+", " "));
        return text.length() <= SUMMARY_LIMIT ? text : text.substring(0, SUMMARY_LIMIT - 1) + "…";
    }
}
