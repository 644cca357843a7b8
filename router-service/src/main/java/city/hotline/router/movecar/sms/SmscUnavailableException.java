package city.hotline.router.movecar.sms;

/** The SMS centre is down, not answering, or throttling us: a later attempt may succeed. */
public class SmscUnavailableException extends Exception {

    public SmscUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
