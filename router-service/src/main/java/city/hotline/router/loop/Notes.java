package city.hotline.router.loop;

/** Free text the tracker publishes (timeline details, hand-over notes) fits the schemas' 500-character notes. */
final class Notes {

    static final int LIMIT = 500;

    private Notes() {
    }

    /** The text, cut to {@value #LIMIT} characters with an ellipsis; the full text stays where it came from. */
    static String cap(String text) {
        return text == null || text.length() <= LIMIT ? text : text.substring(0, LIMIT - 1) + "…";
    }
}
