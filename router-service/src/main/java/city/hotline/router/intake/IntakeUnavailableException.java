package city.hotline.router.intake;

/** The broker did not acknowledge a ticket in time: the caller must retry (same external id, same ticket). */
class IntakeUnavailableException extends RuntimeException {

    IntakeUnavailableException(Throwable cause) {
        super("The ticket could not be stored: " + cause.getMessage(), cause);
    }
}
