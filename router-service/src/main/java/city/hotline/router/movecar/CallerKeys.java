package city.hotline.router.movecar;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * Turns a caller's number into the key the throttle counts by: an HMAC, so the same caller always gets the same
 * key while the key, on a repartition topic or in a state store, does not give the number away (a plain hash of
 * an 11-digit number is reversed by trying them all).
 */
final class CallerKeys {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec secret;

    CallerKeys(String secret) {
        this.secret = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** @return the key of the caller, or null when there is no number to key by */
    String keyOf(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() > 11 && digits.startsWith("86")) {
            digits = digits.substring(2);
        }
        if (digits.isEmpty()) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            return "caller-" + HexFormat.of().formatHex(mac.doFinal(digits.getBytes(StandardCharsets.US_ASCII)), 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this JVM", e);
        }
    }
}
