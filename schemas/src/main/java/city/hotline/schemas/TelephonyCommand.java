package city.hotline.schemas;

import java.util.List;

/**
 * The data of {@code city.hotline.telephony.command}: a command for the call centre's CTI about a live call
 * that the rules routed to another line. The subject is the ticket id.
 *
 * @param callId     the CTI's id of the call (the ticket's externalId), or null when intake had none
 * @param fromLine   the line the caller dialled
 * @param toLine     the line the rules chose
 * @param summary    a short summary for the receiving agent, so the caller is not asked to repeat; numbers masked
 * @param urgent     true when lives or property may be in danger (110 acts first)
 * @param alsoNotify emergency lines to alert as well (119, 120, 122)
 */
public record TelephonyCommand(TelephonyAction action, String callId, String fromLine, String toLine, String summary,
                               Integer category, String item, String department, boolean urgent,
                               List<String> alsoNotify) {

    public TelephonyCommand {
        alsoNotify = alsoNotify == null ? List.of() : List.copyOf(alsoNotify);
    }
}
