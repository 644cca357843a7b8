package city.hotline.router.movecar;

import city.hotline.router.privacy.PhoneMasker;

/**
 * The owner's SMS, from the configured templates: where the car is and that someone is waiting, never who.
 * The place comes from the caller's own words, so a number written into it is masked, and it is shortened so
 * the whole text fits one or two SMS.
 */
final class SmsText {

    static final int MAX_PLACE = 30;

    private final String template;
    private final String templateWithoutPlace;

    SmsText(String template, String templateWithoutPlace) {
        this.template = template;
        this.templateWithoutPlace = templateWithoutPlace;
    }

    String forOwner(String plate, String place) {
        if (place == null || place.isBlank()) {
            return templateWithoutPlace.replace("{plate}", plate);
        }
        String shown = PhoneMasker.maskText(place.strip());
        if (shown.length() > MAX_PLACE) {
            shown = shown.substring(0, MAX_PLACE - 1) + "…";
        }
        return template.replace("{plate}", plate).replace("{place}", shown);
    }
}
