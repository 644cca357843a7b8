package city.hotline.router.supervision;

/** The audit store holds no decision for a ticket: unknown, or not routed yet. */
class NoDecisionException extends RuntimeException {

    NoDecisionException(String ticketId) {
        super("The audit store holds no decision for ticket " + ticketId + " (unknown, or not routed yet)");
    }
}
