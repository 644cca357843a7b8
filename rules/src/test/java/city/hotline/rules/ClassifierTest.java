package city.hotline.rules;

import city.hotline.rules.lexicon.WordGroup;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static city.hotline.rules.RealRulebase.classify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClassifierTest {

    /** A 110 decision; its department, if any, is the one a 110 transfer item says also acts. */
    private static void assertPolice(Classification c, int category) {
        assertThat(c.line()).isEqualTo("110");
        assertThat(c.category()).isEqualTo(category);
        assertThat(c.plate()).isNull();
        assertThat(c.needsReview()).isFalse();
    }

    static List<Arguments> routedWordGroups() {
        return Rulebase.fromClasspath().lexicon().groups().stream()
                .filter(group -> !group.isCue())
                .map(group -> Arguments.of(group.name(), group))
                .toList();
    }

    /** A 110 group the category rules do not name, or a misspelt department, shows up here. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("routedWordGroups")
    void everyLexiconGroupRoutesWhereTheLexiconSays(String name, WordGroup group) {
        // A blocking word needs a vehicle to be a move-car matter (move-car.drl).
        String text = group.line().equals("114") ? "有辆车" + group.words().get(0) : group.words().get(0);
        Classification c = classify(text);
        assertThat(c.line()).isEqualTo(group.line());
        assertThat(c.needsReview()).isFalse();
        switch (group.line()) {
            case "110" -> assertThat(c.category()).isBetween(1, 7);
            case "12345" -> assertThat(c.department()).isEqualTo(group.department());
            default -> assertThat(c.category()).isNull();
        }
    }

    @Nested
    class PoliceCategories {

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "我刚在地铁上手机被偷了",
                "我钱包在公交车上遭摸了",              // Sichuan dialect for pickpocketed
                "两个骑摩托车的抢了我的包往北跑了",
                "我妈接到冒充公检法的电话，把钱转到了安全账户",
                "夜市有个男的把人砍伤了，他还在那",
                "我女儿放学路上被一个男的硬拉上面包车了",
        })
        void theftRobberyFraudAssaultAndKidnappingAreCriminalCases(String text) {
            assertPolice(classify(text), 1);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "楼下烧烤摊两桌人干起来了",               // dialect for a fight
                "我老公又喝多了，你们能不能来个人",        // understated domestic violence
                "村里祠堂后面天天晚上有人聚众赌博",
                "超市里有个醉汉在闹事，把东西都砸了",
        })
        void fightsDomesticViolenceGamblingAndDisturbancesArePublicOrderCases(String text) {
            assertPolice(classify(text), 2);
        }

        @Test
        void bannersAndConfrontationsAreMassIncidents() {
            assertPolice(classify("工业园门口有人拉横幅，跟保安对峙"), 3);
        }

        @Test
        void aCrowdBlockingAGateIsAMassIncidentNotAMoveCarMatter() {
            Classification c = classify("六七十个工人把厂门堵住了，车进不来");
            assertPolice(c, 3);
            assertThat(c.matchedFacts()).anyMatch(fact -> fact.startsWith("frame:crowd(size=六七十个"));
        }

        @Test
        void aFireIsCategory4AndAlsoAlertsTheFireService() {
            Classification c = classify("我家楼下电动车棚着伙了，烟很大");   // 着伙: speech-to-text for 着火
            assertPolice(c, 4);
            assertThat(c.alsoNotify()).containsExactly("119");
        }

        @Test
        void aTrafficAccidentWithSomeoneHurtAlsoAlertsTrafficPoliceAndAmbulance() {
            Classification c = classify("电动车和小货车在学校门口相撞，骑车的大爷倒在地上起不来了");
            assertPolice(c, 4);
            assertThat(c.alsoNotify()).containsExactlyInAnyOrder("122", "120");
        }

        @Test
        void aTrafficAccidentWithoutInjuryAlertsOnlyTheTrafficPolice() {
            Classification c = classify("三环辅路两辆车追尾了，双方对责任有争议");
            assertPolice(c, 4);
            assertThat(c.alsoNotify()).containsExactly("122");
        }

        @Test
        void aLandslideIsCategory4() {
            assertPolice(classify("后山滑坡了，泥巴把两户人家的房子埋了半截"), 4);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "幼儿园门口这几天总有个男的在转悠，盯着小孩拍照",
                "前面那辆白色SUV开得歪歪扭扭的，往南开了",
                "服务区有个司机一身酒气，又上车开走了",     // drinking + driving, never says 酒驾
        })
        void suspiciousPeopleAndDrunkDrivingAreUrgentCrimeReports(String text) {
            assertPolice(classify(text), 5);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "商场里我孩子走丢了，五岁，穿红衣服",
                "我被困在电梯里了，卡在12楼和13楼中间",
                "天桥上有个小伙子坐在栏杆外面，说要跳楼",
                "楼道里煤气味特别重，不知道哪家漏的",
                "路口那个井盖没了，天黑了很危险",
        })
        void lostPeopleTrappedPeopleJumpersGasSmellsAndRoadHazardsNeedUrgentHelp(String text) {
            assertPolice(classify(text), 6);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "我去派出所报了三次案，一直不给立案",
                "交警说给他两百块就不开罚单，钱他揣兜里就走了",   // officer + taking money
        })
        void officersAbusingPowerOrRefusingToActArePoliceMisconduct(String text) {
            assertPolice(classify(text), 7);
        }

        @Test
        void misconductOutranksTheBeatingItDescribes() {
            Classification c = classify("民警把我朋友打伤了，还收了对方的红包");
            assertPolice(c, 7);
            assertThat(c.confidence()).isLessThan(DecisionBuilder.CLEAR);
        }

        @Test
        void anOfficerWhoIsMerelyRudeIsNotPoliceMisconduct() {
            assertThat(classify("派出所办身份证那个窗口的民警态度特别差").line()).isNotEqualTo("110");
        }
    }

    @Nested
    class Hotline {

        @ParameterizedTest(name = "{1}: {0}")
        @CsvSource({
                "隔壁工地晚上十一点了还在打桩吵得睡不着,            URBAN_MGMT",
                "楼下服装店门口的大喇叭天天循环放促销广告,          ECO_ENV",
                "小区门口每天早上都有人摆摊，把人行道全占了,        URBAN_MGMT",
                "三楼业主在露台上私自搭了彩钢房，属于违章搭建,      URBAN_MGMT",
                "我在工地干了半年，包工头一分钱没给,                HR_SOCIAL",
                "网上买的鞋子是假货，商家不给退,                    MARKET_REG",
                "我们这片从早上到现在一直停水，也没通知,            WATER",
                "整栋楼突然停电了，问一下是不是在检修,              POWER",
                "都十一月二十号了，家里暖气片还是冰凉的,            GAS_HEAT",
                "建设路那一段路面坑坑洼洼的，好几个大坑,            TRANSPORT",
                "小区里有几条流浪狗，晚上还追小孩,                  ANIMAL",
                "对门邻居把鞋柜放在楼道里，说了几次也不听,          COMMUNITY",
                "物业费年年涨，小区的电梯老坏，半年都不修,          HOUSING",
        })
        void aHotlineMatterGoesToTheDepartmentThatHandlesIt(String text, String department) {
            Classification c = classify(text);
            assertThat(c.line()).isEqualTo("12345");
            assertThat(c.department()).isEqualTo(department);
            assertThat(c.category()).isNull();
            assertThat(c.needsReview()).isFalse();
        }

        @Test
        void withSeveralDepartmentsTheOneMostWordsPointToTakesIt() {
            Classification c = classify("对门邻居天天在楼道堆放杂物，鞋柜也放外面，那天还停水了");
            assertThat(c.department()).isEqualTo("COMMUNITY");
            assertThat(c.confidence()).isEqualTo(DecisionBuilder.RESOLVED_BY_PRECEDENCE);
        }

        @Test
        void aRequestNothingRecognisesGoesTo12345ForAPersonToRead() {
            // A request with no content at all. (One with a little, "我想问一下那个事情怎么弄", the model
            // reads as a traffic-police consultation at 0.96: docs/rules.md §7.)
            Classification c = classify("喂喂，听得到吗？喂？");
            assertThat(c.line()).isEqualTo("12345");
            assertThat(c.department()).isNull();
            assertThat(c.needsReview()).isTrue();
            assertThat(c.confidence()).isEqualTo(DecisionBuilder.NEEDS_REVIEW);
            assertThat(c.rules()).containsExactly("A request nothing recognises goes to 12345 for a person to read");
            // The model's vote is always shown; here it is too unsure to count for a department.
            assertThat(c.matchedFacts()).singleElement().asString().startsWith("model:");
        }
    }

    @Nested
    class MoveCar {

        @Test
        void aBlockedGarageGoesTo114WithThePlate() {
            Classification c = classify("我要挪车，车库门口被一辆车堵了，车牌是京q 5m8k3，蓝牌");
            assertThat(c.line()).isEqualTo("114");
            assertThat(c.plate()).isEqualTo("京Q5M8K3");
            assertThat(c.plateColour()).isEqualTo("蓝");
            assertThat(c.category()).isNull();
            assertThat(c.department()).isNull();
            assertThat(c.confidence()).isEqualTo(DecisionBuilder.CLEAR);
            assertThat(c.matchedFacts()).contains("plate:京Q5M8K3");
        }

        @Test
        void aBlockedCarWithoutAReadablePlateStillGoesTo114WithNoPlate() {
            Classification c = classify("有辆白色面包车把我的车堵死了，车牌没看清，在望京西园三区");
            assertThat(c.line()).isEqualTo("114");
            assertThat(c.plate()).isNull();
            assertThat(c.rules()).contains(
                    "A blocked vehicle without a readable plate still goes to 114, for the operator to ask again");
        }

        @Test
        void aLaterPlateCorrectsAnEarlierOne() {
            Classification c = classify("堵我车的是闽D12345，不对不对，是闽D12346");
            assertThat(c.plate()).isEqualTo("闽D12346");
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {
                "移车:闽D12345#蓝#湖滨南路与体育路口",
                "移车：闽D12345＃蓝＃湖滨南路与体育路口",
                "挪车 闽d 12345 蓝 湖滨南路与体育路口",
                "移车:蓝#湖滨南路与体育路口#闽D·12345",
        })
        void aSelfServiceSmsGoesTo114WithItsPlate(String sms) {
            Classification c = RealRulebase.CLASSIFIER.classify(new ClassificationRequest("sms", sms, null));
            assertThat(c.line()).isEqualTo("114");
            assertThat(c.plate()).isEqualTo("闽D12345");
            assertThat(c.plateColour()).isEqualTo("蓝");
        }

        @Test
        void aPlateGivenToTheMoveCarLineIsAMoveCarMatter() {
            Classification c = RealRulebase.CLASSIFIER.classify(new ClassificationRequest("call", "车牌粤B D12345，在科技园南区", "114"));
            assertThat(c.line()).isEqualTo("114");
            assertThat(c.plate()).isEqualTo("粤BD12345");
            assertThat(c.matchedFacts()).contains("dialled:114");
        }
    }

    @Nested
    class Precedence {

        @Test
        void aCarBlockingTheFireLaneDuringAFireIsAFireFor110WithTheFireService() {
            Classification c = classify("小区7栋着火了，消防车进不来，消防通道被一辆黑色轿车堵死了，车牌京N 8R265");
            assertPolice(c, 4);
            assertThat(c.alsoNotify()).containsExactly("119");
            assertThat(c.confidence()).isEqualTo(DecisionBuilder.RESOLVED_BY_PRECEDENCE);
            assertThat(c.rules()).anyMatch(rule -> rule.startsWith("A police matter"));
            assertThat(c.matchedFacts()).contains("keyword:fire=着火", "keyword:blocking=堵死");
        }

        @Test
        void aBlockedWayOutranksAHotlineMatter() {
            Classification c = classify("物业不管，有辆车天天堵在我们单元门口，车牌浙A12345");
            assertThat(c.line()).isEqualTo("114");
            assertThat(c.plate()).isEqualTo("浙A12345");
        }

        @Test
        void theDecidingRuleFiresAfterTheRulesThatFoundTheMatters() {
            Classification c = classify("我刚在地铁上手机被偷了");
            // The police rung that decides is the model-confirmed one or the category order; either way it
            // fires after the rule that found the matter and before the item is named.
            assertThat(c.rules()).containsSubsequence(
                    "A 110 transfer item is a police matter of its category",
                    c.rules().stream().filter(rule -> rule.startsWith("A police matter")).findFirst().orElseThrow(),
                    "The decision names the transfer item that best fits its line and category or department");
            assertThat(c.matchedFacts()).contains("item:TI113=手机被偷");
        }
    }

    @Nested
    class Contract {

        @Test
        void everyDecisionCarriesTheRulebaseVersionAndItsTiming() {
            Classification c = classify("我刚在地铁上手机被偷了");
            assertThat(c.rulebaseVersion()).isEqualTo(RealRulebase.CLASSIFIER.rulebaseVersion()).matches("rb-[0-9a-f]{12}");
            assertThat(c.tookMicros()).isNotNegative();
        }

        @Test
        void theRulebaseVersionIsStableAcrossBuilds() {
            assertThat(Classifier.fromClasspath().rulebaseVersion()).isEqualTo(RealRulebase.CLASSIFIER.rulebaseVersion());
        }

        @Test
        void aDrlThatDoesNotCompileIsRejectedWithDroolsMessages() {
            Rulebase broken = Rulebase.fromClasspath().with("hotline.drl",
                    "package city.hotline.rules;\nrule \"broken\" when NoSuchFact() then end\n");
            assertThatThrownBy(broken::compile)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("does not compile")
                    .hasMessageContaining("NoSuchFact");
            assertThat(broken.version()).isNotEqualTo(RealRulebase.CLASSIFIER.rulebaseVersion());
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "\n\t"})
        void blankTextIsRejected(String text) {
            assertThatThrownBy(() -> classify(text)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void nullTextIsRejected() {
            assertThatThrownBy(() -> classify(null)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void concurrentCallsDoNotShareState() throws Exception {
            List<String> texts = List.of("我刚在地铁上手机被偷了", "我们这片一直停水", "有辆车把我的车堵死了，车牌沪A12345");
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Classification>> results = new ArrayList<>();
                for (int i = 0; i < 60; i++) {
                    String text = texts.get(i % 3);
                    results.add(pool.submit(() -> classify(text)));
                }
                for (int i = 0; i < results.size(); i++) {
                    assertThat(results.get(i).get().line()).isEqualTo(List.of("110", "12345", "114").get(i % 3));
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
