package city.hotline.rules;

import java.util.List;

/**
 * What became of a reload: accepted (the candidate now serves) or rejected with every reason,
 * the old rulebase still serving.
 *
 * @param accepted         the candidate replaced the live rulebase
 * @param liveVersion      the version serving after the reload (the candidate's if accepted)
 * @param candidateVersion the candidate's content hash
 * @param errors           catalogue problems, lexicon errors, DRL compile errors and self-test
 *                         failures, one a line; empty when accepted
 * @param buildMillis      time to check, compile and self-test the candidate
 */
public record ReloadResult(boolean accepted, String liveVersion, String candidateVersion, List<String> errors,
                           long buildMillis) {

    public ReloadResult {
        errors = List.copyOf(errors);
    }
}
