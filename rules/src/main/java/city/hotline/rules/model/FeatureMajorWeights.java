package city.hotline.rules.model;

import city.hotline.rules.facts.ModelVote;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.math.la.DenseMatrix;

/**
 * The trained model's weights laid out feature by feature, for scoring a request inside the
 * router. Tribuo keeps a linear model's weights label by label (30 rows of 28,000 weights), so a
 * request's 40 features touch 1,200 cache lines scattered over 6 MB: measured in the classifier,
 * that cost 70 µs of the 150 µs a decision took once the rules had run, though 8 µs in a loop of
 * votes alone. Here a feature's 30 weights are adjacent, 4 cache lines. The arithmetic is
 * Tribuo's (the weights and bias it learned, then softmax, as its {@code LogMulticlass}
 * objective predicts), and RouterModelTest checks the two agree on every corpus request. The
 * features are found by {@link FeatureIds}.
 */
final class FeatureMajorWeights {

    private final FeatureIds ids;
    private final RouteLabel[] labels;
    /** {@code weights[feature * labels + label]}; the bias is the last feature. */
    private final double[] weights;
    private final int biasOffset;

    private FeatureMajorWeights(FeatureIds ids, RouteLabel[] labels, double[] weights, int biasOffset) {
        this.ids = ids;
        this.labels = labels;
        this.weights = weights;
        this.biasOffset = biasOffset;
    }

    /** @param matrix the model's weights, labels by features and bias, as Tribuo's linear SGD model keeps them */
    static FeatureMajorWeights of(Model<Label> model, DenseMatrix matrix) {
        int labelCount = matrix.getDimension1Size();
        int columns = matrix.getDimension2Size(); // features, then the bias
        RouteLabel[] labels = new RouteLabel[labelCount];
        for (int label = 0; label < labelCount; label++) {
            labels[label] = RouteLabel.parse(model.getOutputIDInfo().getOutput(label).getLabel());
        }
        double[] weights = new double[columns * labelCount];
        for (int label = 0; label < labelCount; label++) {
            for (int column = 0; column < columns; column++) {
                weights[column * labelCount + label] = matrix.get(label, column);
            }
        }
        return new FeatureMajorWeights(FeatureIds.of(model.getFeatureIDMap()), labels, weights, (columns - 1) * labelCount);
    }

    ModelVote vote(ModelInput input) {
        int labelCount = labels.length;
        double[] scores = new double[labelCount];
        System.arraycopy(weights, biasOffset, scores, 0, labelCount);
        for (int id : ids.distinctKnown(input)) {
            int offset = id * labelCount;
            for (int label = 0; label < labelCount; label++) {
                scores[label] += weights[offset + label];
            }
        }
        double max = scores[0];
        for (double score : scores) {
            max = Math.max(max, score);
        }
        double sum = 0;
        for (int label = 0; label < labelCount; label++) {
            scores[label] = Math.exp(scores[label] - max);
            sum += scores[label];
        }
        for (int label = 0; label < labelCount; label++) {
            scores[label] /= sum;
        }
        return ModelVotes.of(labels, scores);
    }
}
