package city.hotline.router.supervision;

/**
 * A deadline an open ticket missed.
 *
 * @param line       the line responsible for the ticket now
 * @param state      the ticket's state in the loop
 * @param item       the transfer item of the decision that sent the ticket to the deadline's line, or null
 * @param department the department of that decision, or null
 */
record OverdueDeadline(String ticketId, String line, String state, String item, String department,
                       DeadlineView deadline) {
}
