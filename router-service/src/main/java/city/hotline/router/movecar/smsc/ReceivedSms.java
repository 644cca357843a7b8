package city.hotline.router.movecar.smsc;

import java.time.Instant;

/**
 * An SMS as the in-process SMS centre received it.
 *
 * @param destination the number it was sent to, in clear (what a real operator's network would see)
 * @param nanoTime    {@link System#nanoTime()} on arrival, for latency measured in the same JVM
 */
public record ReceivedSms(String messageId, String destination, String text, Instant receivedAt, long nanoTime) {

    @Override
    public String toString() {
        return "ReceivedSms[" + messageId + ", text=" + text + "]";
    }
}
