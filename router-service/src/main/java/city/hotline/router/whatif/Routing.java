package city.hotline.router.whatif;

import city.hotline.rules.Classification;

/** The part of a decision a what-if compares: which line a ticket goes to, and as what. */
public record Routing(String line, Integer category, String item, String department) {

    static Routing of(Classification classification) {
        return new Routing(classification.line(), classification.category(), classification.item(),
                classification.department());
    }
}
