package city.hotline.router.movecar.sms;

/**
 * Hands one SMS to an SMS centre. Delivery receipts come back later, asynchronously, through whatever receipt
 * handler the implementation was built with.
 */
public interface SmsGateway {

    /**
     * @param destination the owner's mobile number, in clear: this call is the one place it is used
     * @return the SMS centre's message id, which its delivery receipt will name
     * @throws SmscUnavailableException the centre could not be reached or asked us to slow down: try again later
     * @throws SmsRejectedException     the centre refused this SMS: trying again will not help
     */
    String submit(String destination, String text) throws SmscUnavailableException, SmsRejectedException;
}
