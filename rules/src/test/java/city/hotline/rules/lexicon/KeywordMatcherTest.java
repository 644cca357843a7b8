package city.hotline.rules.lexicon;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KeywordMatcherTest {

    @Test
    void findsOverlappingAndNestedKeywordsInOnePass() {
        KeywordMatcher<String> matcher = new KeywordMatcher<>(Map.of("he", "a", "she", "b", "his", "c", "hers", "d"));
        assertThat(matcher.findAll("ushers"))
                .extracting(o -> o.keyword() + "@" + o.start())
                .containsExactlyInAnyOrder("she@1", "he@2", "hers@2");
    }

    @Test
    void findsChineseKeywordsAfterAFailedPartialMatch() {
        KeywordMatcher<String> matcher = new KeywordMatcher<>(Map.of("着火了", "fire", "火灾", "fire"));
        assertThat(matcher.findAll("着火灾着火了"))
                .extracting(o -> o.keyword() + "@" + o.start())
                .containsExactly("火灾@1", "着火了@3");
    }
}
