package city.hotline.router.loop;

/** The lines of the loop: the two partner platforms that hand matters to each other, and 114. */
final class Lines {

    static final String POLICE = "110";
    static final String HOTLINE = "12345";

    private Lines() {
    }

    /** 110 and 12345 have partner platforms, deadlines and rejections; 114 is handled by the move-car role. */
    static boolean isPartner(String line) {
        return POLICE.equals(line) || HOTLINE.equals(line);
    }

    /** The line a partner's rejection sends a ticket to. */
    static String other(String line) {
        return POLICE.equals(line) ? HOTLINE : POLICE;
    }
}
