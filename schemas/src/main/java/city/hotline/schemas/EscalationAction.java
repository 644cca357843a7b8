package city.hotline.schemas;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** What an {@link Escalation} asks for. */
public enum EscalationAction {
    /** A patrol tows the vehicle (it blocks a fire lane or an emergency access). */
    TOW("tow"),
    /** A patrol goes to the place and deals with the vehicle there. */
    ON_SITE("on-site"),
    /** A supervisor reviews the request before anything is dispatched. */
    REVIEW("review"),
    /** 督办: a deadline passed; a supervisor follows the ticket up with the responsible line. */
    SUPERVISE("supervise");

    private final String wireName;

    EscalationAction(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** @throws IllegalArgumentException for an unknown action (the schema refuses it first) */
    @JsonCreator
    public static EscalationAction fromWireName(String wireName) {
        for (EscalationAction action : values()) {
            if (action.wireName.equals(wireName)) {
                return action;
            }
        }
        throw new IllegalArgumentException("unknown escalation action: " + wireName);
    }
}
