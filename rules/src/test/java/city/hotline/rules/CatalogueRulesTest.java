package city.hotline.rules;

import city.hotline.rules.catalogue.CatalogueSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue compiled into the real rulebase, with a small fixture catalogue. */
class CatalogueRulesTest {

    private static Classifier classifier;

    @BeforeAll
    static void buildTheRulebaseWithTheFixtureCatalogue() {
        classifier = Classifier.build(Rulebase.fromClasspath()
                .withCatalogue(CatalogueSource.classpath("catalogue/valid.csv").orElseThrow()));
    }

    private static Classification classify(String text) {
        return classifier.classify(new ClassificationRequest("call", text, null));
    }

    @Test
    void aHotlineItemSetsTheItemAndItsDepartment() {
        Classification c = classify("我家的狗丢了，能帮忙找找吗");
        assertThat(c.line()).isEqualTo("12345");
        assertThat(c.item()).isEqualTo("TI005");
        assertThat(c.department()).isEqualTo("ANIMAL");
        assertThat(c.matchedFacts()).contains("item:TI005=狗丢了");
    }

    @Test
    void aPoliceItemGoesTo110WithItsCategory() {
        Classification c = classify("楼下广场有人拿音箱唱歌，吵死了");
        assertThat(c.line()).isEqualTo("110");
        assertThat(c.category()).isEqualTo(2);
        assertThat(c.item()).isEqualTo("TI003");
    }

    @Test
    void anExclusionWordSetsTheItemAside() {
        Classification c = classify("隔壁工地夜间施工，脚手架塌了");
        assertThat(c.item()).isNotEqualTo("TI001");
        assertThat(c.rules()).contains("An exclusion word sets a transfer item aside");
        assertThat(c.matchedFacts()).contains("exclusion:TI001=塌了");
    }

    @Test
    void dangerToPeopleNowGoesTo110EvenWhenAnItemMatches() {
        Classification c = classify("工地夜间施工，有人拿刀砍人了");
        assertThat(c.line()).isEqualTo("110");
        assertThat(c.category()).isEqualTo(1);
        assertThat(c.item()).isNull(); // a 12345 item never names a 110 decision
    }

    @Test
    void aBlockedVehicleWithAPlateGoesTo114EvenWhenAnItemMatches() {
        Classification c = classify("包工头欠薪跑了，他的车还堵在我家门口，车牌苏E12345");
        assertThat(c.line()).isEqualTo("114");
        assertThat(c.plate()).isEqualTo("苏E12345");
        assertThat(c.item()).isNull();
    }

    @Test
    void anItemBreaksATieWithALooseWordForAnotherDepartment() {
        Classification c = classify("老板拖欠工资，跑到学校那边躲着");
        assertThat(c.department()).isEqualTo("HR_SOCIAL");
        assertThat(c.item()).isEqualTo("TI002");
    }

    @Test
    void aMisconductItemNeedsTheRequestToNameThePolice() {
        assertThat(classify("街道办的人不作为，反映了几次都没用").line()).isEqualTo("12345");
        Classification c = classify("派出所民警不作为，报了案也不管");
        assertThat(c.line()).isEqualTo("110");
        assertThat(c.category()).isEqualTo(7);
        assertThat(c.item()).isEqualTo("TI004");
    }

    @Test
    void theRulebaseVersionChangesWithTheCatalogue() {
        assertThat(classifier.rulebaseVersion()).isNotEqualTo(Classifier.fromClasspath().rulebaseVersion());
    }

    @Test
    void theShippedCatalogueClassifiesEveryOneOfItsExamplesToItsItem() {
        Classifier shipped = Classifier.fromClasspath();
        assertThat(shipped.catalogue().items()).hasSize(171);
        assertThat(SelfTest.run(shipped)).isEmpty();
    }
}
