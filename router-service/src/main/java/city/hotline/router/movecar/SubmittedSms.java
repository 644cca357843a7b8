package city.hotline.router.movecar;

/** An SMS the centre accepted, re-keyed by the centre's message id so its receipts can find the ticket. */
record SubmittedSms(String ticketId, String requestId) {
}
