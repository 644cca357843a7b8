package city.hotline.rules.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormaliserTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "移车：闽Ｄ１２３４５＃蓝     | 移车:闽D12345#蓝",       // full-width to half-width
            "闽d•12345                   | 闽D·12345",              // dot variants, upper case
            "苏E—8H6N2                   | 苏E-8H6N2",              // dash variants
            "喂，   你好　　我要挪车     | 喂, 你好 我要挪车",        // runs of spaces, ideographic space
            "【110转12345】内容。        | [110转12345]内容.",
    })
    void unifiesWidthPunctuationSpacesAndCase(String text, String normalised) {
        assertThat(TextNormaliser.normalise(text)).isEqualTo(normalised);
    }

    @Test
    void isIdempotent() {
        String once = TextNormaliser.normalise("移车： 闽ｄ·１２３４５ ＃ 蓝");
        assertThat(TextNormaliser.normalise(once)).isEqualTo(once);
    }
}
