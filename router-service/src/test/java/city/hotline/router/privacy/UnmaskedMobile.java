package city.hotline.router.privacy;

import java.util.regex.Pattern;

/** What the privacy assertions look for: a mainland mobile number in clear. */
public final class UnmaskedMobile {

    /**
     * Eleven digits from 13x to 19x, not inside a longer run of digits or letters: a UUID's hex group
     * ({@code 16572527806e}) is an id, not a number someone could call.
     */
    public static final Pattern PATTERN = Pattern.compile("(?<![0-9A-Za-z])1[3-9]\\d{9}(?![0-9A-Za-z])");

    private UnmaskedMobile() {
    }
}
