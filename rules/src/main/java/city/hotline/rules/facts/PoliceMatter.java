package city.hotline.rules.facts;

/** The request is a 110 matter of this category. */
public record PoliceMatter(PoliceCategory category) implements Matter {
}
