package city.hotline.router.whatif;

import java.util.List;

/** A candidate that would not pass a release's checks, with every problem; it is neither replayed nor released. */
class CandidateRejectedException extends RuntimeException {

    private final List<String> errors;
    private final String candidateVersion;

    CandidateRejectedException(List<String> errors, String liveVersion, String candidateVersion) {
        super(errors.size() + " problem(s); the live rulebase " + liveVersion + " keeps serving");
        this.errors = List.copyOf(errors);
        this.candidateVersion = candidateVersion;
    }

    List<String> errors() {
        return errors;
    }

    /** Null when the candidate could not even be put together (a DRL file the rulebase does not have). */
    String candidateVersion() {
        return candidateVersion;
    }
}
