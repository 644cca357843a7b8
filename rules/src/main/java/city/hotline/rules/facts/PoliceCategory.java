package city.hotline.rules.facts;

/**
 * The seven categories 110 accepts by law (法定受理范围).
 *
 * <p>Declared in precedence order: when a request matches several categories, the first wins.
 * Misconduct comes first because the rest of such a report describes what the officers did
 * (beating, taking money); a crowd makes whatever it does a mass incident; a crime outranks the
 * accident or disturbance it happens in; a drunk at the wheel is drunk driving before he is a
 * drunk making trouble; urgent help is what is left when nothing else applies.
 */
public enum PoliceCategory {
    POLICE_MISCONDUCT(7),
    MASS_INCIDENT(3),
    CRIMINAL_CASE(1),
    DISASTER_OR_ACCIDENT(4),
    URGENT_CRIME_REPORT(5),
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

    public boolean outranks(PoliceCategory other) {
        return ordinal() < other.ordinal();
    }
}
