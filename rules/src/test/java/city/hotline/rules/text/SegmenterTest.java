package city.hotline.rules.text;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SegmenterTest {

    @Test
    void splitsTextIntoWordsWithTheirPositions() {
        assertThat(new Segmenter(Set.of()).tokens("河里有人在扑腾"))
                .extracting(token -> token.word() + "@" + token.position())
                .containsExactly("河里@0", "有人@2", "在@4", "扑腾@5");
    }

    @Test
    void aUserWordStaysOneWord() {
        assertThat(new Segmenter(Set.of()).tokens("别堵消防车道")).extracting(Token::word).doesNotContain("消防车道");
        assertThat(new Segmenter(Set.of("消防车道")).tokens("别堵消防车道")).extracting(Token::word).contains("消防车道");
    }

    @Test
    void aWordCarriesItsPartOfSpeech() {
        assertThat(new Segmenter(Set.of()).tokens("三十个人")).first().extracting(Token::nature).isEqualTo("m");
    }
}
