package city.hotline.rules;

import city.hotline.rules.catalogue.CatalogueSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class RulebaseRegistryTest {

    private static final ClassificationRequest NIGHT_WORK =
            new ClassificationRequest("call", "工地半夜施工吵得睡不着", null);

    private RulebaseRegistry registry;

    @BeforeEach
    void serveTheFixtureCatalogue() {
        registry = RulebaseRegistry.serving(Rulebase.fromClasspath()
                .withCatalogue(CatalogueSource.classpath("catalogue/valid.csv").orElseThrow()));
    }

    @Test
    void brokenCatalogueIsRejectedAndOldVersionKeepsServing() {
        String before = registry.rulebaseVersion();
        ReloadResult result = registry.reload(CatalogueSource.classpath("catalogue/broken.csv").orElseThrow());
        assertThat(result.accepted()).isFalse();
        assertThat(result.errors()).anyMatch(e -> e.startsWith("broken.csv:2: department: unknown department"));
        assertThat(result.liveVersion()).isEqualTo(before).isNotEqualTo(result.candidateVersion());
        Classification c = registry.classify(NIGHT_WORK);
        assertThat(c.rulebaseVersion()).isEqualTo(before);
        assertThat(c.item()).isEqualTo("TI001");
    }

    @Test
    void aCatalogueWhoseExamplesDoNotClassifyToTheirItemIsRejected() {
        ReloadResult result = registry.reload(CatalogueSource.classpath("catalogue/fails-self-test.csv").orElseThrow());
        assertThat(result.accepted()).isFalse();
        assertThat(result.errors()).anyMatch(e -> e.startsWith("self-test: TI001 example \"楼下着火了"));
    }

    @Test
    void aDrlThatDoesNotCompileIsRejectedAndOldVersionKeepsServing() {
        String before = registry.rulebaseVersion();
        ReloadResult result = registry.reload(Rulebase.fromClasspath().with("hotline.drl",
                "package city.hotline.rules;\nrule \"broken\" when NoSuchFact() then end\n"));
        assertThat(result.accepted()).isFalse();
        assertThat(result.errors()).singleElement().asString().contains("does not compile", "NoSuchFact");
        assertThat(registry.rulebaseVersion()).isEqualTo(before);
    }

    @Test
    void aGoodCatalogueReplacesTheLiveRulebase() {
        ReloadResult result = registry.reload(CatalogueSource.classpath().orElseThrow());
        assertThat(result.accepted()).isTrue();
        assertThat(result.errors()).isEmpty();
        assertThat(registry.rulebaseVersion()).isEqualTo(result.candidateVersion())
                .isEqualTo(Classifier.fromClasspath().rulebaseVersion());
        assertThat(registry.classify(NIGHT_WORK).rulebaseVersion()).isEqualTo(result.liveVersion());
    }

    @Test
    void checkingAGoodCatalogueReportsItAcceptableButKeepsServingTheLiveOne() {
        String before = registry.rulebaseVersion();
        ReloadResult result = registry.check(CatalogueSource.classpath().orElseThrow());
        assertThat(result.accepted()).isTrue();
        assertThat(result.candidateVersion()).isNotEqualTo(before);
        assertThat(registry.rulebaseVersion()).isEqualTo(before);
    }

    @Test
    void checkingABrokenCatalogueListsItsErrors() {
        ReloadResult result = registry.check(CatalogueSource.classpath("catalogue/broken.csv").orElseThrow());
        assertThat(result.accepted()).isFalse();
        assertThat(result.errors()).anyMatch(e -> e.startsWith("broken.csv:2: department: unknown department"));
    }

    @Test
    void tryingACandidateGivesItsOwnClassifierAndKeepsServingTheLiveOne() {
        String before = registry.rulebaseVersion();
        RulebaseRegistry.Trial trial = registry.trial(Rulebase.fromClasspath());
        assertThat(trial.result().accepted()).isTrue();
        assertThat(trial.result().liveVersion()).isEqualTo(before);
        assertThat(trial.classifier()).hasValueSatisfying(candidate -> assertThat(candidate.classify(NIGHT_WORK).rulebaseVersion())
                .isEqualTo(trial.result().candidateVersion()).isNotEqualTo(before));
        assertThat(registry.classify(NIGHT_WORK).rulebaseVersion()).isEqualTo(before);
    }

    @Test
    void tryingACandidateThatWouldBeRejectedGivesItsErrorsAndNoClassifier() {
        RulebaseRegistry.Trial trial = registry.trial(Rulebase.fromClasspath().with("hotline.drl",
                "package city.hotline.rules;\nrule \"broken\" when NoSuchFact() then end\n"));
        assertThat(trial.result().accepted()).isFalse();
        assertThat(trial.result().errors()).singleElement().asString().contains("does not compile");
        assertThat(trial.classifier()).isEmpty();
    }

    @Test
    void checkingAnEditedDrlFileReportsItsCandidateVersionWithoutServingIt() throws Exception {
        String before = registry.rulebaseVersion();
        Rulebase edited = Rulebase.fromClasspath().with("hotline.drl", shipped("hotline.drl") + "\n// reviewed\n");
        ReloadResult result = registry.check(edited);
        assertThat(result.accepted()).as("%s", result.errors()).isTrue();
        assertThat(result.candidateVersion()).isEqualTo(edited.version());
        assertThat(registry.rulebaseVersion()).isEqualTo(before);
    }

    private static String shipped(String drl) throws IOException {
        try (InputStream in = RulebaseRegistryTest.class.getClassLoader().getResourceAsStream("city/hotline/rules/" + drl)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
