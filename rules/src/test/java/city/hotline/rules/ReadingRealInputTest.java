package city.hotline.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static city.hotline.rules.RealRulebase.classify;
import static org.assertj.core.api.Assertions.assertThat;

/** REFERENCE.md, "Reading real input", on the real rulebase and the shipped catalogue. */
class ReadingRealInputTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"楼道里堆满了纸箱，没着火，但是很危险", "刚才不是打架，就是邻居在楼道里吵架"})
    void aDeniedDangerIsNoDanger(String text) {
        Classification c = classify(text);
        assertThat(c.line()).isEqualTo("12345");
        assertThat(c.matchedFacts()).anyMatch(fact -> fact.startsWith("negation:"));
    }

    @Test
    void noOneHurtMeansNoAmbulance() {
        Classification c = classify("两辆车在路口追尾了，没有人受伤");
        assertThat(c.category()).isEqualTo(4);
        assertThat(c.alsoNotify()).containsExactly("122");
    }

    @Test
    void aFireNamedAsARiskIsAFireSafetyHazardNotAFire() {
        Classification c = classify("我们小区地下室堆了很多易燃物，存在火灾隐患");
        assertThat(c.line()).isEqualTo("12345");
        assertThat(c.department()).isEqualTo("EMERGENCY_MGMT");
    }

    @Test
    void aThreatenedAttackIsAnUrgentCrimeReportNotAnAssault() {
        Classification c = classify("我前夫喝了酒，在微信上扬言要来砍人");
        assertThat(c.category()).isEqualTo(5);
        assertThat(c.matchedFacts()).anyMatch(fact -> fact.startsWith("hypothesis:"));
    }

    @Test
    void aFightToldAsPastGoesToTheDepartmentTheCallerAsks() {
        Classification c = classify("上个月跟邻居因为楼道堆放杂物打了一架，现在想让社区来调解");
        assertThat(c.line()).isEqualTo("12345");
        assertThat(c.department()).isEqualTo("COMMUNITY");
        assertThat(c.rules()).contains(
                "Fights, accidents and emergencies told as past are over when the caller asks a department for something");
    }

    @Test
    void aBurglaryDiscoveredYesterdayIsStillACrime() {
        Classification c = classify("昨天回家发现家里被偷了，物业监控也不给看");
        assertThat(c.line()).isEqualTo("110");
        assertThat(c.category()).isEqualTo(1);
    }

    @Test
    void aPresentCueKeepsTheDangerCurrent() {
        assertThat(classify("上次就打过，现在他们正在打架，物业也不管").line()).isEqualTo("110");
    }

    @Test
    void anOperatorsQuestionIsNoFactUnlessTheCallerConfirmsIt() {
        Classification denied = classify("接警员：有人受伤吗？报警人：没有，就是两辆车刮了一下");
        assertThat(denied.alsoNotify()).containsExactly("122");
        Classification confirmed = classify("接警员：有人受伤吗？报警人：有，骑车的倒在地上。接警员：车撞的吗？报警人：对，两辆车相撞");
        assertThat(confirmed.category()).isEqualTo(4);
        assertThat(confirmed.alsoNotify()).contains("120");
    }

    @Test
    void onlyTheCallersWordsCountInATranscript() {
        Classification c = classify("话务员：您好，是有人打架还是着火了？来电人：都不是，我们小区停水一天了");
        assertThat(c.line()).isEqualTo("12345");
        assertThat(c.department()).isEqualTo("WATER");
    }

    @Test
    void aLaterPlateInATranscriptCorrectsTheEarlierOne() {
        Classification c = classify("报警人：有辆车堵住我车库了，车牌是京A12345。接警员：京A12345是吧？"
                + "报警人：不对不对，是京A12346");
        assertThat(c.line()).isEqualTo("114");
        assertThat(c.plate()).isEqualTo("京A12346");
    }

    @Test
    void aTransferHeaderIsAClaimAndTheContentDecides() {
        Classification c = classify("【12345转110】市民反映小区路灯坏了一个月");
        assertThat(c.line()).isEqualTo("12345");
        assertThat(c.department()).isEqualTo("URBAN_MGMT");
        assertThat(c.matchedFacts()).contains("claim:12345→110");
        assertThat(c.rules()).contains("A transfer header that disagrees with the decision is questioned, not obeyed");
        assertThat(c.confidence()).isLessThan(DecisionBuilder.CLEAR);
    }

    @Test
    void aCrowdCountedInWordsBlockingAGateIsAMassIncident() {
        Classification c = classify("三十多个村民把工厂大门堵住了，不让车进出");
        assertThat(c.category()).isEqualTo(3);
        assertThat(c.matchedFacts()).anyMatch(fact -> fact.startsWith("frame:crowd(size=三十多个村民"));
    }

    @Test
    void aBlockedDrainIsNoMoveCarMatter() {
        assertThat(classify("厨房下水道又堵了，水往上返").line()).isEqualTo("12345");
    }

    @Test
    void exaggerationDoesNotMakeNoiseADanger() {
        Classification c = classify("要出人命了，楼上装修吵死了，天天电钻");
        assertThat(c.line()).isEqualTo("12345");
    }

    @Test
    void dangerNowDecidesAMessageWithSeveralIssues() {
        Classification c = classify("物业费的事先不说了，现在楼道里一股煤气味，很浓");
        assertThat(c.line()).isEqualTo("110");
        assertThat(c.category()).isEqualTo(6);
    }
}
