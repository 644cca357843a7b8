package city.hotline.rules;

import city.hotline.rules.catalogue.TransferItem;

import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue's own examples as a test of a rulebase: each example phrase must classify to
 * the item it illustrates. A catalogue edit that makes the rulebase read its own examples wrong
 * is caught before it serves.
 */
public final class SelfTest {

    /** An example that did not classify to its item, with what it got instead. */
    public record Failure(String item, String example, String line, Integer category, String department, String gotItem) {

        @Override
        public String toString() {
            return item + " example \"" + example + "\" classified as line " + line
                    + (category != null ? " category " + category : "")
                    + (department != null ? " department " + department : "")
                    + " item " + gotItem;
        }
    }

    private SelfTest() {
    }

    /** Every example of every item that does not classify to its item; empty when all do. */
    public static List<Failure> run(Classifier classifier) {
        List<Failure> failures = new ArrayList<>();
        for (TransferItem item : classifier.catalogue().items()) {
            for (String example : item.examples()) {
                Classification got = classifier.classify(new ClassificationRequest("call", example, null));
                if (!item.code().equals(got.item())) {
                    failures.add(new Failure(item.code(), example, got.line(), got.category(), got.department(),
                            got.item()));
                }
            }
        }
        return failures;
    }
}
