package city.hotline.router.privacy;

import city.hotline.schemas.Location;
import city.hotline.schemas.MoveCarRequest;
import city.hotline.schemas.TicketReceived;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks phone numbers wherever they leave the operational path: logs, the audit topic, APIs and pages
 * show {@code 138****5678}. Only the agency that must call back (and the move-car SMS sender) sees a number
 * in full.
 */
public final class PhoneMasker {

    /** Mobile numbers (11 digits from 1[3-9]) and landlines with an area code, as written in free text. */
    private static final Pattern PHONE_IN_TEXT = Pattern.compile("(?<!\\d)(?:1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})(?!\\d)");

    private PhoneMasker() {
    }

    /**
     * Keeps the first three and last four digits of an 11-digit number (mobile, or landline with a 4-digit
     * area code; a +86 country code is dropped first); shorter numbers keep only their last two.
     */
    public static String mask(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.length() > 11 && digits.startsWith("86")) {
            digits = digits.substring(2);
        }
        if (digits.length() >= 11) {
            return digits.substring(0, 3) + "****" + digits.substring(digits.length() - 4);
        }
        if (digits.length() <= 2) {
            return "*".repeat(digits.length());
        }
        return "*".repeat(digits.length() - 2) + digits.substring(digits.length() - 2);
    }

    /** Masks every phone number a caller wrote or said into the text itself. */
    public static String maskText(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = PHONE_IN_TEXT.matcher(text);
        StringBuilder masked = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(masked, Matcher.quoteReplacement(mask(matcher.group())));
        }
        return matcher.appendTail(masked).toString();
    }

    /**
     * The ticket as the audit trail keeps it: no phone number in clear, in its fields, its text or its address, nor in the
     * place of a move-car SMS (callers write their own number there: 移车:闽D12345#蓝#路口，电话138…).
     */
    public static TicketReceived auditCopy(TicketReceived ticket) {
        MoveCarRequest moveCar = ticket.moveCar() == null ? null : new MoveCarRequest(ticket.moveCar().plate(),
                ticket.moveCar().plateColour(), maskText(ticket.moveCar().place()));
        Location location = ticket.location() == null ? null : new Location(maskText(ticket.location().address()),
                ticket.location().latitude(), ticket.location().longitude());
        return new TicketReceived(ticket.channel(), maskText(ticket.text()), mask(ticket.callerPhone()),
                location, ticket.dialledLine(), ticket.externalId(), ticket.attachments(),
                moveCar, ticket.receivedAt(), ticket.takenBy());
    }
}
