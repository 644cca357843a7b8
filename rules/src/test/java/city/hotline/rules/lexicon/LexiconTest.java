package city.hotline.rules.lexicon;

import city.hotline.rules.text.Segmenter;
import city.hotline.rules.text.Token;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LexiconTest {

    private static final String HEADER = "group,line,department,thesaurus,words,exclusions\n";
    private static final Segmenter SEGMENTER = new Segmenter(Set.of());

    private static List<WordHit> find(Lexicon lexicon, String text) {
        List<Token> tokens = SEGMENTER.tokens(text);
        return lexicon.find(text, tokens);
    }

    @Test
    void findsWordsInTextOrderWithTheirGroups() {
        Lexicon lexicon = Lexicon.parse(HEADER + "theft,110,,,被偷|遭摸了,\nwater_cut,12345,WATER,,停水,\n");
        assertThat(find(lexicon, "昨天停水,今天钱包又遭摸了"))
                .extracting(hit -> hit.group().name() + "=" + hit.word() + "@" + hit.position())
                .containsExactly("water_cut=停水@2", "theft=遭摸了@10");
    }

    @Test
    void theLongerOfOverlappingWordsWins() {
        Lexicon lexicon = Lexicon.parse(HEADER + """
                blocking,114,,,堵了,
                water_cut,12345,WATER,,下水道堵,
                """);
        assertThat(find(lexicon, "下水道堵了")).extracting(WordHit::word).containsExactly("下水道堵");
    }

    @Test
    void wordsAreNormalisedSoFullWidthAndLowerCaseMatch() {
        Lexicon lexicon = Lexicon.parse(HEADER + "drugs,110,,,ｋ粉,\n");
        assertThat(find(lexicon, "有人在卖K粉")).extracting(WordHit::word).containsExactly("K粉");
    }

    @Test
    void aWordNobodyListedCountsWhenTheThesaurusFilesItUnderTheConceptsClass() {
        // 斗殴 is not a curated word here: Cilin files it under Hi44B01 (打架 斗殴 打斗 …).
        Lexicon lexicon = Lexicon.parse(HEADER + "fight,110,,Hi44B01,打起来,\n");
        assertThat(find(lexicon, "两伙人在广场斗殴"))
                .extracting(hit -> hit.word() + "~" + hit.thesaurusClass())
                .containsExactly("斗殴~Hi44B01");
    }

    @Test
    void aThesaurusWordCountsOnlyAsAWholeSegmentedWord() {
        // 盗窃 is under Hn03B01; inside 防盗窗 there is no 盗窃, and 盗 alone (one character) never counts.
        Lexicon lexicon = Lexicon.parse(HEADER + "theft,110,,Hn03B01,被偷,\n");
        assertThat(find(lexicon, "我家装了防盗窗")).isEmpty();
        assertThat(lexicon.conceptOfClassWord("盗")).isNull();
        assertThat(lexicon.conceptOfClassWord("偷窃")).isEqualTo("theft");
    }

    @Test
    void anExcludedWordOfAClassDoesNotCount() {
        Lexicon lexicon = Lexicon.parse(HEADER + "fight,110,,Hi44B01,打起来,格斗|搏斗\n");
        assertThat(lexicon.conceptOfClassWord("格斗")).isNull();
        assertThat(lexicon.conceptOfClassWord("斗殴")).isEqualTo("fight");
    }

    @Test
    void aCuratedWordIsNeverTakenOverByAnotherConceptsClass() {
        Lexicon lexicon = Lexicon.parse(HEADER + "fight,110,,Hi44B01,打起来,\nmass_incident,110,,,斗殴,\n");
        assertThat(lexicon.conceptOfClassWord("斗殴")).isNull();
        assertThat(find(lexicon, "村口有人斗殴")).extracting(hit -> hit.group().name()).containsExactly("mass_incident");
    }

    @Test
    void commentsAndBlankLinesAreIgnored() {
        Lexicon lexicon = Lexicon.parse("# comment\n\n" + HEADER + "# another\ntheft,110,,,被偷,\n");
        assertThat(lexicon.groups()).extracting(WordGroup::name).containsExactly("theft");
    }

    @Test
    void rejectsAWordInTwoGroupsNamingFileLineAndField() {
        assertThatThrownBy(() -> Lexicon.parse(HEADER + "theft,110,,,被偷,\nrobbery,110,,,抢劫|被偷,\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("lexicon.csv line 3, field words:")
                .hasMessageContaining("被偷");
    }

    @Test
    void rejectsAnUnknownThesaurusClassNamingFileLineAndField() {
        assertThatThrownBy(() -> Lexicon.parse(HEADER + "theft,110,,Hn03B01|Zz99,被偷,\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("lexicon.csv line 2, field thesaurus:")
                .hasMessageContaining("Zz99");
        assertThatThrownBy(() -> Lexicon.parse(HEADER + "theft,110,,Hn99,被偷,\n"))
                .hasMessageStartingWith("lexicon.csv line 2, field thesaurus:")
                .hasMessageContaining("no Cilin class 'Hn99'");
    }

    @Test
    void rejectsARowWithTooFewCells() {
        assertThatThrownBy(() -> Lexicon.parse(HEADER + "theft,110,,被偷\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("lexicon.csv line 2:")
                .hasMessageContaining("expected 6 cells");
    }

    @Test
    void rejectsAHotlineGroupWithoutADepartment() {
        assertThatThrownBy(() -> Lexicon.parse(HEADER + "water_cut,12345,,,停水,\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("lexicon.csv line 2, field department:");
    }

    @Test
    void rejectsAnUnknownLine() {
        assertThatThrownBy(() -> Lexicon.parse(HEADER + "theft,119,,,被偷,\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("lexicon.csv line 2, field line:");
    }

    @Test
    void rejectsAGroupDefinedTwice() {
        assertThatThrownBy(() -> Lexicon.parse(HEADER + "theft,110,,,被偷,\ntheft,110,,,扒手,\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("defined twice");
    }

    @Test
    void rejectsAMissingHeader() {
        assertThatThrownBy(() -> Lexicon.parse("theft,110,,,被偷,\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("header");
    }
}
