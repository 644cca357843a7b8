package city.hotline.rules;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static city.hotline.rules.RealRulebase.CLASSIFIER;
import static city.hotline.rules.RealRulebase.classify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The real pipeline (HanLP segmenter, Cilin thesaurus, trained model, KieBase) on requests told
 * the way callers tell them: by a word nobody listed, by the scene, by the consequence.
 */
class GeneralisationTest {

    @Nested
    class Concepts {

        @Test
        void aWordTheThesaurusFilesUnderTheftCountsThoughNobodyListedIt() {
            Classification c = classify("我放在店门口的两箱货被人偷窃了");
            assertThat(c.line()).isEqualTo("110");
            assertThat(c.category()).isEqualTo(1);
            assertThat(c.matchedFacts()).contains("keyword:theft=偷窃 (thesaurus Hn03B01)");
        }

        @Test
        void aBrokenConceptTableIsRejectedWithFileLineAndField() {
            Rulebase broken = Rulebase.fromClasspath().with("lexicon.csv",
                    "group,line,department,thesaurus,words,exclusions\ntheft,110,,Hn03B01|Qq12,被偷,\n");
            assertThatThrownBy(() -> Classifier.build(broken))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("lexicon.csv line 2, field thesaurus:")
                    .hasMessageContaining("Qq12");
        }
    }

    @Nested
    class Frames {

        @Test
        void aCarStandingAtTheGarageDoorIsAMoveCarMatterWithoutAnyMoveCarWord() {
            Classification c = classify("一辆白色面包车停在我家车库门口，车牌闽D6K2Q8，我开不出去了");
            assertThat(c.line()).isEqualTo("114");
            assertThat(c.plate()).isEqualTo("闽D6K2Q8");
            assertThat(c.matchedFacts()).anyMatch(fact -> fact.startsWith("frame:obstruction(vehicle=面包车"));
        }

        @Test
        void carsParkedOnThePavementWithNobodyBlockedAreNoMoveCarMatter() {
            assertThat(classify("小区外面人行道上天天乱停车，行人只能走马路").line()).isEqualTo("12345");
        }

        @Test
        void aCrowdLeavingItsCarsAcrossAGateIsAMassIncidentNotAMoveCarMatter() {
            Classification c = classify("几十个人把车停在镇政府门口不走");
            assertThat(c.line()).isEqualTo("110");
            assertThat(c.category()).isEqualTo(3);
            assertThat(c.matchedFacts()).contains("frame:crowd(size=几十个, action=停在)");
            assertThat(c.rules()).contains("A crowd that gathers, blocks a way or fights is a mass incident (category 3)");
        }

        @Test
        void aSmallChildAloneByTheRoadNeedsUrgentHelp() {
            Classification c = classify("有个三岁左右的小孩一个人在马路边哭，周围没大人");
            assertThat(c.line()).isEqualTo("110");
            assertThat(c.category()).isEqualTo(6);
            assertThat(c.matchedFacts()).anyMatch(fact -> fact.startsWith("frame:hazard(exposure="));
        }

        @Test
        void anOfficerTakingMoneyToldAsAStoryIsMisconduct() {
            Classification c = classify("那天派出所的民警收了对方的钱，就把打我的人放走了");
            assertThat(c.line()).isEqualTo("110");
            assertThat(c.category()).isEqualTo(7);
            assertThat(c.matchedFacts()).anyMatch(fact -> fact.startsWith("frame:officer("));
        }
    }

    @Nested
    class AsymmetricPrecedence {

        @Test
        void someoneBleedingGoesTo110WithAThreeWayCallEvenBesideAHotlineMatter() {
            Classification c = classify("我们楼道里有个人满脸是血靠在墙上，物业的人也不管");
            assertThat(c.line()).isEqualTo("110");
            assertThat(c.needsReview()).isTrue();
            assertThat(c.rules()).anyMatch(rule -> rule.startsWith("A danger sign no category accounts for goes to 110 with a three-way call"));
            assertThat(c.matchedFacts()).anyMatch(fact -> fact.startsWith("danger:frame:harm("));
        }

        @Test
        void aMessageBoardPostTellingOfAnInjuryThatTheModelReadsAsTheDepartmentsStaysWithIt() {
            Classification c = CLASSIFIER.classify(new ClassificationRequest("open311",
                    "关于工伤认定的问题 本人2019年3月在某公司上班时受伤骨折，至今工伤认定没有办下来，公司也不给报销医药费，希望人社部门尽快处理。",
                    null));
            assertThat(c.line()).isEqualTo("12345");
            assertThat(c.department()).isEqualTo("HR_SOCIAL");
            assertThat(c.rules()).contains("A message-board post the model reads as a hotline matter with near certainty is for a department");
        }

        @Test
        void aSceneTheModelReadsAsPoliceWithNearCertaintyGoesTo110WithAThreeWayCallThoughItNamesAHotlineItem() {
            Classification c = classify("网吧里几个人把一个学生堵在厕所里不让出来，那孩子一直在哭");
            assertThat(c.line()).isEqualTo("110");
            assertThat(c.needsReview()).isTrue();
            assertThat(c.rules()).contains("The learned model reads a police matter with confidence");
            assertThat(c.matchedFacts()).contains("item:TI095=网吧").noneMatch(fact -> fact.startsWith("keyword:fight"));
        }

        @Test
        void anOffenceWordUsedLooselyOfAPriceStaysWithTheDepartmentTheModelIsNearlyCertainOf() {
            Classification c = classify("超市里的鸡蛋卖到十五块一斤，简直是明抢，市场监管部门管不管");
            assertThat(c.line()).isEqualTo("12345");
            assertThat(c.department()).isEqualTo("MARKET_REG");
            assertThat(c.rules()).contains("A lone police word in a request the model reads as the department's with near certainty, "
                    + "with nobody in danger now, is for the department");
            assertThat(c.matchedFacts()).contains("keyword:robbery=明抢");
        }

        @Test
        void aComplaintAboutAPastInjuryStaysWithTheDepartment() {
            Classification c = classify("去年在工地上受伤了，工伤认定到现在还没办下来，请问怎么申请");
            assertThat(c.line()).isEqualTo("12345");
            assertThat(c.department()).isEqualTo("HR_SOCIAL");
        }
    }

    @Nested
    class LearnedVote {

        @Test
        void theModelsVoteAndScoreAreShownInEveryExplanation() {
            Classification c = classify("小区停水三天了，什么时候来水");
            assertThat(c.matchedFacts()).anyMatch(fact -> fact.matches("model:12345/WATER@[01]\\.\\d\\d \\(line 12345@[01]\\.\\d\\d\\)"));
        }

        @Test
        void aMessageBoardPostGoesToTheDepartmentTheModelIsNearlyCertainOfThoughItNamesAnotherDepartmentsItemInPassing() {
            String post = "关于某小区门口公交站撤销的建议 尊敬的领导：小区门口的公交站去年被撤了，物业也说没办法，"
                    + "老人孩子出行要走两公里，恳请交通部门恢复站点或者调整线路。";
            Classification onTheBoard = CLASSIFIER.classify(new ClassificationRequest("open311", post, null));
            assertThat(onTheBoard.department()).isEqualTo("TRANSPORT");
            assertThat(onTheBoard.rules()).contains("The learned model's near-certain department counts as two more words");
            assertThat(onTheBoard.matchedFacts()).contains("item:TI024=物业", "model-department:TRANSPORT");
        }

        @Test
        void theModelsDigestIsPartOfTheRulebaseVersion() {
            Rulebase shipped = Rulebase.fromClasspath();
            assertThat(shipped.model()).isPresent();
            assertThat(CLASSIFIER.rulebaseVersion()).isEqualTo(shipped.version());
            assertThat(Rulebase.fromClasspath().model().orElseThrow().digest())
                    .isEqualTo(shipped.model().orElseThrow().digest()).startsWith("m-");
        }
    }
}
