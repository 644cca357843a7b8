package city.hotline.rules.model;

/** One corpus request as the model sees it: what it reads and the answer it should give. */
public record TrainingExample(ModelInput input, RouteLabel label) {
}
