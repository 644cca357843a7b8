package city.hotline.rules.model;

import city.hotline.rules.ClassificationRequest;
import city.hotline.rules.TextReading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RouterModelTest {

    private static final TextReading READING = TextReading.fromClasspath();

    private static List<TrainingExample> examples(List<Corpus.Entry> entries) {
        return entries.stream()
                .map(e -> new TrainingExample(READING.modelInput(new ClassificationRequest(e.channel(), e.text(), null)), e.label()))
                .toList();
    }

    @Test
    void trainingTwiceOnTheSameCorpusGivesTheSameDigest(@TempDir Path folder) throws IOException {
        // Three of each: the trainer keeps features seen in at least RouterModel.MIN_CARDINALITY requests.
        Files.writeString(folder.resolve("a.jsonl"), """
                {"line":"110","category":1,"department":null,"item":null,"style":"call","text":"我的钱包被偷了"}
                {"line":"114","category":null,"department":null,"item":null,"style":"scene","text":"一辆车停在车库门口我出不去"}
                {"line":"12345","category":null,"department":"WATER","item":null,"style":"plain","text":"小区停水三天了"}
                """.repeat(RouterModel.MIN_CARDINALITY));
        List<TrainingExample> examples = examples(Corpus.read(folder));
        RouterModel first = RouterModel.train(examples);
        RouterModel second = RouterModel.train(examples);
        assertThat(first.digest()).isEqualTo(second.digest()).startsWith("m-");
        assertThat(first.vote(examples.get(2).input()).line()).isEqualTo("12345");
    }

    @Test
    void aWrittenModelReadsBackWithTheSameDigest(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("a.jsonl"), """
                {"line":"110","category":2,"department":null,"item":null,"style":"call","text":"楼下有人打起来了"}
                {"line":"12345","category":null,"department":"POWER","item":null,"style":"plain","text":"我们这片停电了"}
                """);
        RouterModel model = RouterModel.train(examples(Corpus.read(folder)));
        Path file = folder.resolve("m.tribuo");
        model.write(file);
        try (var in = Files.newInputStream(file)) {
            assertThat(RouterModel.read(in).digest()).isEqualTo(model.digest());
        }
    }

    @Test
    void theFeatureMajorScorerGivesTribuosOwnAnswerOnEveryCorpusRequest() throws IOException {
        RouterModel shipped = RouterModel.fromClasspath().orElseThrow();
        for (TrainingExample example : examples(Corpus.read(Path.of("corpus")))) {
            var ours = shipped.vote(example.input());
            var tribuos = shipped.voteThroughTribuo(example.input());
            assertThat(ours.describe()).isEqualTo(tribuos.describe());
            assertThat(ours.score()).isCloseTo(tribuos.score(), org.assertj.core.api.Assertions.within(1e-9));
            assertThat(ours.lineScore()).isCloseTo(tribuos.lineScore(), org.assertj.core.api.Assertions.within(1e-9));
        }
    }

    @Test
    void whichDigitsACallerGivesIsNoFeatureOnlyThatADigitStandsThere() {
        List<String> withOnePhone = READING.modelInput(new ClassificationRequest("sms", "小区门口有人占道摆摊，我电话13800138023", null)).featureNames();
        List<String> withAnother = READING.modelInput(new ClassificationRequest("sms", "小区门口有人占道摆摊，我电话18912345678", null)).featureNames();
        assertThat(withOnePhone).isEqualTo(withAnother)
                .noneMatch(feature -> feature.startsWith("b:") && feature.matches(".*[0-9].*"))
                .contains("b:摆摊");
    }

    @Test
    void aMalformedCorpusLineStopsTheBuildWithFileLineAndField(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("b.jsonl"), """
                {"line":"110","category":1,"department":null,"item":null,"style":"call","text":"被偷了"}
                {"line":"12345","category":null,"department":null,"item":null,"style":"call","text":"停水了"}
                """);
        assertThatThrownBy(() -> Corpus.read(folder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("b.jsonl line 2, field line/category/department:")
                .hasMessageContaining("department code");
    }
}
