package city.hotline.rules.model;

import city.hotline.rules.facts.ModelVote;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.datasource.ListDataSource;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.MutableDataset;
import org.tribuo.dataset.MinimumCardinalityDataset;
import org.tribuo.Example;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The learned second opinion: a multinomial logistic regression (Tribuo's linear SGD with
 * AdaGrad) over the request's words, concepts and character bigrams, trained on the team's
 * corpus ({@code rules/corpus/}) during the build, with a fixed seed, by {@link ModelTrainer}.
 * Its labels are {@link RouteLabel}s: a 110 category, 114, or a 12345 department.
 *
 * <p>Its {@link #digest() digest} covers the labels, the feature names and every weight, so two
 * builds from the same corpus and code give the same digest, which is part of the rulebase
 * version (the file itself also records when it was trained). Thread-safe: prediction reads the
 * immutable weights only.
 */
public final class RouterModel {

    /** Where the build puts the model, on the classpath. */
    public static final String RESOURCE = "city/hotline/rules/model/router-model.tribuo";
    static final long SEED = 20261203L;
    static final int EPOCHS = 5;
    /** Chosen on the corpus cross-validation (0.05, 0.2, 0.5, 1.0; docs/rules.md §5). */
    private static final double LEARNING_RATE = 0.5;
    private static final int MINIBATCH = 1;
    /**
     * A feature seen in fewer than three requests is noise, and lengthens the weights the scorer walks
     * (two: 38,210 features on the 7,212-request corpus; three: 25,852, with validation category
     * accuracy 85.0% → 87.5% and department 88.6% → 89.3% at the same line accuracy).
     */
    static final int MIN_CARDINALITY = 3;
    /** Tribuo logs the loss every this many examples; the trainer prints its own summary. */
    private static final int NO_PROGRESS_LOG = Integer.MAX_VALUE;

    private final Model<Label> model;
    private final String digest;
    private final FeatureMajorWeights scorer;

    private RouterModel(Model<Label> model) {
        if (!(model instanceof LinearSGDModel linear)) {
            throw new IllegalStateException("the router's model must be Tribuo's linear SGD model, not " + model.getClass());
        }
        this.model = model;
        DenseMatrix weights = linear.getWeightsCopy(); // 28k × 30 doubles: copied once, for the digest and the scorer
        this.digest = digestOf(model, weights);
        this.scorer = FeatureMajorWeights.of(model, weights);
    }

    /** The model the jar carries is read once per JVM: every rulebase built from the jar shares it. */
    private static final class Shipped {
        static final Optional<RouterModel> MODEL = load();

        private static Optional<RouterModel> load() {
            try (InputStream in = RouterModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                return in == null ? Optional.empty() : Optional.of(read(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the model " + RESOURCE, e);
            }
        }
    }

    /** The model the build put in this jar, or empty when the jar was built without one. Immutable, so shared. */
    public static Optional<RouterModel> fromClasspath() {
        return Shipped.MODEL;
    }

    static RouterModel read(InputStream in) throws IOException {
        Model<?> loaded = Model.deserializeFromStream(in);
        if (!loaded.validate(Label.class)) {
            throw new IllegalStateException(RESOURCE + " is not a classification model");
        }
        @SuppressWarnings("unchecked")
        Model<Label> labels = (Model<Label>) loaded;
        return new RouterModel(labels);
    }

    /** Trains on the examples (input and label), deterministically for a given order. */
    public static RouterModel train(List<TrainingExample> examples) {
        LabelFactory factory = new LabelFactory();
        List<Example<Label>> rows = new ArrayList<>(examples.size());
        for (TrainingExample example : examples) {
            rows.add(example(new Label(example.label().name()), example.input()));
        }
        MutableDataset<Label> all = new MutableDataset<>(
                new ListDataSource<>(rows, factory, new SimpleDataSourceProvenance("rules/corpus", factory)));
        MinimumCardinalityDataset<Label> dataset = new MinimumCardinalityDataset<>(all, MIN_CARDINALITY);
        LinearSGDTrainer trainer = new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(LEARNING_RATE), EPOCHS, NO_PROGRESS_LOG, MINIBATCH, SEED);
        return new RouterModel(trainer.train(dataset));
    }

    void write(Path file) throws IOException {
        model.serializeToFile(file);
    }

    /** The model's most probable answer for this input, with its probability. */
    public ModelVote vote(ModelInput input) {
        return scorer.vote(input);
    }

    /** The same answer through Tribuo's own prediction, which the scorer must agree with (RouterModelTest). */
    ModelVote voteThroughTribuo(ModelInput input) {
        Prediction<Label> prediction = model.predict(example(LabelFactory.UNKNOWN_LABEL, input));
        Map<String, Label> scores = prediction.getOutputScores();
        RouteLabel[] labels = new RouteLabel[scores.size()];
        double[] probabilities = new double[scores.size()];
        int i = 0;
        for (Label label : scores.values()) {
            labels[i] = RouteLabel.parse(label.getLabel());
            probabilities[i++] = label.getScore();
        }
        return ModelVotes.of(labels, probabilities);
    }

    /** {@code m-} and the first 12 hex digits of SHA-256 over labels, feature names and weights. */
    public String digest() {
        return digest;
    }

    int features() {
        return model.getFeatureIDMap().size();
    }

    private static ArrayExample<Label> example(Label label, ModelInput input) {
        String[] names = input.featureNames().stream().distinct().toArray(String[]::new);
        double[] values = new double[names.length];
        Arrays.fill(values, 1.0);
        return new ArrayExample<>(label, names, values);
    }

    private static String digestOf(Model<Label> model, DenseMatrix weights) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            model.getOutputIDInfo().getDomain().stream().map(Label::getLabel).sorted()
                    .forEach(name -> sha256.update((name + "\n").getBytes(StandardCharsets.UTF_8)));
            model.getFeatureIDMap().forEach(feature -> sha256.update((feature.getName() + "\n").getBytes(StandardCharsets.UTF_8)));
            ByteBuffer buffer = ByteBuffer.allocate(Double.BYTES);
            for (int row = 0; row < weights.getDimension1Size(); row++) {
                for (int column = 0; column < weights.getDimension2Size(); column++) {
                    sha256.update(buffer.clear().putDouble(weights.get(row, column)).array());
                }
            }
            return "m-" + HexFormat.of().formatHex(sha256.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
