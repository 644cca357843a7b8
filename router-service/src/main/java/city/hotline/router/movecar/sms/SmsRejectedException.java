package city.hotline.router.movecar.sms;

/** The SMS centre refused the SMS itself (a bad destination, a malformed message): do not retry. */
public class SmsRejectedException extends Exception {

    public SmsRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
