package city.hotline.rules.lexicon;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LexiconTest {

    private static final String HEADER = "group,line,department,words\n";

    @Test
    void findsWordsInTextOrderWithTheirGroups() {
        Lexicon lexicon = Lexicon.parse(HEADER + "theft,110,,被偷|遭摸了\nwater_cut,12345,WATER,停水\n");
        assertThat(lexicon.find("昨天停水,今天钱包又遭摸了"))
                .extracting(hit -> hit.group().name() + "=" + hit.word() + "@" + hit.position())
                .containsExactly("water_cut=停水@2", "theft=遭摸了@10");
    }

    @Test
    void theLongerOfOverlappingWordsWins() {
        Lexicon lexicon = Lexicon.parse(HEADER + """
                blocking,114,,堵了
                water_cut,12345,WATER,下水道堵
                """);
        assertThat(lexicon.find("下水道堵了")).extracting(WordHit::word).containsExactly("下水道堵");
    }

    @Test
    void wordsAreNormalisedSoFullWidthAndLowerCaseMatch() {
        Lexicon lexicon = Lexicon.parse(HEADER + "drugs,110,,ｋ粉\n");
        assertThat(lexicon.find("有人在卖K粉")).extracting(WordHit::word).containsExactly("K粉");
    }

    @Test
    void commentsAndBlankLinesAreIgnored() {
        Lexicon lexicon = Lexicon.parse("# comment\n\n" + HEADER + "# another\ntheft,110,,被偷\n");
        assertThat(lexicon.groups()).extracting(WordGroup::name).containsExactly("theft");
    }

    @Test
    void rejectsAWordInTwoGroups() {
        assertThatThrownBy(() -> Lexicon.parse(HEADER + "theft,110,,被偷\nrobbery,110,,抢劫|被偷\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("被偷");
    }

    @Test
    void rejectsAHotlineGroupWithoutADepartment() {
        assertThatThrownBy(() -> Lexicon.parse(HEADER + "water_cut,12345,,停水\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("department");
    }

    @Test
    void rejectsAnUnknownLine() {
        assertThatThrownBy(() -> Lexicon.parse(HEADER + "theft,119,,被偷\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line must be one of");
    }

    @Test
    void rejectsAGroupDefinedTwice() {
        assertThatThrownBy(() -> Lexicon.parse(HEADER + "theft,110,,被偷\ntheft,110,,扒手\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("defined twice");
    }

    @Test
    void rejectsAMissingHeader() {
        assertThatThrownBy(() -> Lexicon.parse("theft,110,,被偷\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("header");
    }
}
