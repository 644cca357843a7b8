package city.hotline.router.movecar;

/**
 * The follow-up state of one ticket after its SMS was requested: each fact is published once, whatever order
 * and however often the updates arrive.
 *
 * @param incident      null for a ticket closed by a "moved" confirmation without a case of its own
 * @param smscMessageId the SMS centre's id once the SMS was submitted
 * @param receiptDue    when an owner without a delivery receipt is escalated (epoch millis)
 * @param expiresAt     when the case is forgotten (epoch millis)
 */
record MoveCarCase(Incident incident, String requestId, String smscMessageId, boolean notified, boolean delivered,
                   boolean escalated, boolean closed, long receiptDue, long expiresAt) {

    static MoveCarCase opened(Incident incident, String requestId, long receiptDue, long expiresAt) {
        return new MoveCarCase(incident, requestId, null, false, false, false, false, receiptDue, expiresAt);
    }

    static MoveCarCase closedWithoutCase(long expiresAt) {
        return new MoveCarCase(null, null, null, false, false, false, true, 0, expiresAt);
    }

    MoveCarCase notifiedAs(String messageId) {
        return new MoveCarCase(incident, requestId, messageId, true, delivered, escalated, closed, receiptDue, expiresAt);
    }

    MoveCarCase deliveredNow() {
        return new MoveCarCase(incident, requestId, smscMessageId, notified, true, escalated, closed, receiptDue, expiresAt);
    }

    MoveCarCase escalatedNow() {
        return new MoveCarCase(incident, requestId, smscMessageId, notified, delivered, true, closed, receiptDue, expiresAt);
    }

    MoveCarCase closedNow() {
        return new MoveCarCase(incident, requestId, smscMessageId, notified, delivered, escalated, true, receiptDue, expiresAt);
    }

    /** Still waiting for the owner: neither delivered, nor handed to a patrol, nor closed. */
    boolean awaitingOwner() {
        return !delivered && !escalated && !closed;
    }
}
