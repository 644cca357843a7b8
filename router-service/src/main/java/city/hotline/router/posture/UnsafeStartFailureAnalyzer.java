package city.hotline.router.posture;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.util.stream.Collectors;

/** Says why a start was refused as a list of settings, instead of a stack trace. */
final class UnsafeStartFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeStartException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnsafeStartException cause) {
        String description = cause.problems().stream().map(problem -> "  - " + problem)
                .collect(Collectors.joining("\n", "The router refused to start:\n", ""));
        return new FailureAnalysis(description, "Give the settings above from the deployment's secrets (docs/operations.md,"
                + " production posture), or start without a profile and without an external broker for the embedded"
                + " default.", cause);
    }
}
