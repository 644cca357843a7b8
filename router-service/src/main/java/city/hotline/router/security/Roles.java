package city.hotline.router.security;

/**
 * Who may do what. AGENT: a call-taker, submits tickets and reads their own; SUPERVISOR: everything, rule
 * changes included; AUDITOR: reads everything, the rule history included, changes nothing; PARTNER: a partner
 * platform's system account, which also holds {@code PARTNER_110} or {@code PARTNER_12345} for its line.
 */
public final class Roles {

    public static final String AGENT = "AGENT";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String AUDITOR = "AUDITOR";
    public static final String PARTNER = "PARTNER";

    private Roles() {
    }

    /** The authority that lets a partner account act for one line's exchange. */
    public static String partnerOf(String line) {
        return "PARTNER_" + line;
    }
}
