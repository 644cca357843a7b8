package city.hotline.rules.facts;

/**
 * The seven categories 110 accepts by law (法定受理范围).
 *
 * <p>Declared in precedence order: when a request matches several categories, the first wins.
 * Misconduct comes first because the rest of such a report describes what the officers did
 * (beating, taking money); a crowd makes whatever it does a mass incident; a crime outranks the
 * accident or disturbance it happens in, and so does a crime-related report (drunk driving, a
 * threatened attack) the accident it causes or announces; a drunk at the wheel is drunk driving
 * before he is a drunk making trouble; urgent help is what is left when nothing else applies.
 */
public enum PoliceCategory {
    POLICE_MISCONDUCT(7),
    MASS_INCIDENT(3),
    CRIMINAL_CASE(1),
    URGENT_CRIME_REPORT(5),
    DISASTER_OR_ACCIDENT(4),
    PUBLIC_ORDER(2),
    URGENT_HELP(6);

    private final int code;

    PoliceCategory(int code) {
        this.code = code;
    }

    /** The category code 1-7 used in decisions. */
    public int code() {
        return code;
    }

    /** The category with this code, as a catalogue item names it. */
    public static PoliceCategory ofCode(int code) {
        for (PoliceCategory category : values()) {
            if (category.code == code) {
                return category;
            }
        }
        throw new IllegalArgumentException("no police category " + code);
    }

    /**
     * Whether the danger of this kind of matter passes with time: a fight that ended, an accident
     * or an emergency that is over. A crime stays a crime however old (a burglary found yesterday).
     */
    public boolean passesWithTime() {
        return this == PUBLIC_ORDER || this == DISASTER_OR_ACCIDENT || this == URGENT_HELP;
    }

    /**
     * Criminal and public-order cases are named by an offence (抢, 骗, 打, 骂), words callers also use
     * loosely of a price, a landlord or a manner ("简直是明抢"); the other categories are named by a
     * situation (lost, trapped, on fire, followed, a crowd, an officer), which is not said in jest.
     */
    public boolean isNamedByAnOffence() {
        return this == CRIMINAL_CASE || this == PUBLIC_ORDER;
    }

    public boolean outranks(PoliceCategory other) {
        return ordinal() < other.ordinal();
    }
}
