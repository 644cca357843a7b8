package city.hotline.router.loop;

import city.hotline.schemas.FeedbackStage;
import city.hotline.schemas.TicketState;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which feedback a ticket takes, and where it moves the ticket. One place for the rules, used by the tracker
 * (the authority) and by the exchange API (which refuses the obvious cases at once with 409).
 *
 * <p>Stages move forward only: a later stage implies the earlier ones it skipped (handled implies received
 * and accepted), and an earlier stage arriving after a later one is recorded as late, not refused, because
 * partner systems deliver out of order. What is refused: feedback from a line the ticket is not at, a
 * rejection after acceptance (首接负责制: who accepted keeps it), a rejection or progress after closing, a
 * rejection by the first receiver of a disputed ticket, and stages of the other kind of line (move-car stages
 * for 110/12345 and the reverse).
 */
public final class FeedbackPolicy {

    public static final String NOT_ASSIGNED = "NOT_ASSIGNED";
    public static final String ALREADY_ACCEPTED = "ALREADY_ACCEPTED";
    public static final String TICKET_CLOSED = "TICKET_CLOSED";
    public static final String STAGE_NOT_FOR_LINE = "STAGE_NOT_FOR_LINE";
    public static final String FIRST_RECEIVER_RESPONSIBLE = "FIRST_RECEIVER_RESPONSIBLE";
    public static final String UNKNOWN_TICKET = "UNKNOWN_TICKET";

    private static final Set<FeedbackStage> PARTNER_STAGES = EnumSet.of(FeedbackStage.RECEIVED,
            FeedbackStage.ACCEPTED, FeedbackStage.PROGRESS, FeedbackStage.HANDLED, FeedbackStage.CLOSED,
            FeedbackStage.REJECTED);

    private FeedbackPolicy() {
    }

    /**
     * @param state       the ticket's state
     * @param responsible the line the ticket is at
     * @param from        the line that posts the feedback
     * @return the refusal reason, or empty when the feedback applies (forward, or late)
     */
    public static Optional<String> refusal(TicketState state, String responsible, String from, FeedbackStage stage) {
        boolean partnerTicket = Lines.isPartner(responsible);
        boolean partnerStage = PARTNER_STAGES.contains(stage) && (stage != FeedbackStage.CLOSED || partnerTicket);
        if (partnerTicket != partnerStage) {
            return Optional.of(STAGE_NOT_FOR_LINE);
        }
        boolean anyLineMayAccept = state == TicketState.DISPUTED && stage == FeedbackStage.ACCEPTED && Lines.isPartner(from);
        if (!responsible.equals(from) && !anyLineMayAccept) {
            return Optional.of(NOT_ASSIGNED);
        }
        if (state == TicketState.CLOSED && (stage == FeedbackStage.REJECTED || stage == FeedbackStage.PROGRESS)) {
            return Optional.of(TICKET_CLOSED);
        }
        if (stage == FeedbackStage.REJECTED && rank(state) >= rank(TicketState.ACCEPTED)) {
            return Optional.of(ALREADY_ACCEPTED);
        }
        if (stage == FeedbackStage.REJECTED && state == TicketState.DISPUTED) {
            return Optional.of(FIRST_RECEIVER_RESPONSIBLE);
        }
        return Optional.empty();
    }

    /**
     * The state a stage moves a ticket to, or empty for a stage that only informs (a failed or throttled
     * move-car notification, a rejection, which re-routes instead). Progress implies acceptance.
     */
    static Optional<TicketState> target(FeedbackStage stage) {
        return Optional.ofNullable(switch (stage) {
            case RECEIVED, NOTIFIED -> TicketState.RECEIVED;
            case ACCEPTED, PROGRESS, DELIVERED -> TicketState.ACCEPTED;
            case HANDLED, MOVED -> TicketState.HANDLED;
            case CLOSED, DUPLICATE -> TicketState.CLOSED;
            case REJECTED, FAILED, THROTTLED -> null;
        });
    }

    /** Progress along routed → received → accepted → handled → closed; a disputed ticket waits like a routed one. */
    static int rank(TicketState state) {
        return switch (state) {
            case ROUTED, DISPUTED -> 0;
            case RECEIVED -> 1;
            case ACCEPTED -> 2;
            case HANDLED -> 3;
            case CLOSED -> 4;
        };
    }
}
