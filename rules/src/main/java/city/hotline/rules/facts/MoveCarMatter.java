package city.hotline.rules.facts;

/** A vehicle blocks a way, a garage or a car: a 114 move-car matter. */
public record MoveCarMatter() implements Matter {
}
