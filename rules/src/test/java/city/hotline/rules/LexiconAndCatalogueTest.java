package city.hotline.rules;

import city.hotline.rules.catalogue.Catalogue;
import city.hotline.rules.catalogue.TransferItem;
import city.hotline.rules.lexicon.WordGroup;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class LexiconAndCatalogueTest {

    /** The catalogue is the city's setting: the lexicon may not send one of its words elsewhere. */
    @Test
    void aWordInBothPointsToTheSameLineAndDepartment() {
        Rulebase rulebase = Rulebase.fromClasspath();
        Catalogue catalogue = rulebase.catalogue();
        List<String> disagreements = new ArrayList<>();
        for (WordGroup group : rulebase.lexicon().groups()) {
            if (group.isCue()) {
                continue;
            }
            for (TransferItem item : catalogue.items()) {
                boolean sameWord = Stream.concat(item.keywords().stream(), item.synonyms().stream())
                        .anyMatch(group.words()::contains);
                boolean sameRoute = group.line().equals(item.line())
                        && (item.isPolice() || group.department().equals(item.department()));
                if (sameWord && !sameRoute) {
                    disagreements.add(group.name() + " vs " + item.code() + " " + item.name());
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }
}
