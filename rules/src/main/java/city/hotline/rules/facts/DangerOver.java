package city.hotline.rules.facts;

/**
 * The police matters the request describes (fights, accidents, calls for help) are told as
 * over, and the caller asks a department for something: the department's matter decides.
 */
public record DangerOver() {
}
