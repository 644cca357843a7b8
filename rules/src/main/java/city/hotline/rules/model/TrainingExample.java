package city.hotline.rules.model;

import java.util.List;

/** One corpus request as the model sees it: its features and the answer it should give. */
public record TrainingExample(List<String> features, RouteLabel label) {
}
