package city.hotline.router.rulebase;

import city.hotline.router.web.Problems;
import city.hotline.rules.ReloadResult;
import city.hotline.rules.RulebaseRegistry;
import city.hotline.rules.catalogue.CatalogueSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;

/**
 * {@code /api/v1/admin/rulebase}: which rulebase serves, and the release of an edited transfer-item
 * catalogue (checked before it is released; a broken one is refused with every problem). A release is recorded
 * in the rulebase history with the caller as its approver, where this instance keeps that history.
 */
@RestController
@RequestMapping("/api/v1/admin/rulebase")
class RulebaseAdminController {

    record LiveRulebase(String version, int transferItems) {
    }

    record Released(String candidateVersion, String liveVersion, long buildMillis) {
    }

    private final RulebaseRegistry registry;
    private final RulebaseReleases releases;
    private final ObjectProvider<ReleaseHistory> history;
    private final Clock clock;

    RulebaseAdminController(RulebaseRegistry registry, RulebaseReleases releases, ObjectProvider<ReleaseHistory> history,
                            Clock clock) {
        this.registry = registry;
        this.releases = releases;
        this.history = history;
        this.clock = clock;
    }

    @GetMapping
    LiveRulebase live() {
        var classifier = registry.current();
        return new LiveRulebase(classifier.rulebaseVersion(), classifier.catalogue().items().size());
    }

    /** The body is the catalogue CSV (UTF-8), as business staff save it from a spreadsheet. */
    @PostMapping(path = "/catalogue", consumes = {"text/csv", "text/plain"})
    ResponseEntity<?> releaseCatalogue(@RequestBody byte[] csv,
                                       @RequestParam(defaultValue = "transfer-items.csv") String name,
                                       Principal caller) {
        CatalogueSource catalogue = CatalogueSource.of(name, new String(csv, StandardCharsets.UTF_8));
        ReloadResult result = releases.release(catalogue);
        if (!result.accepted()) {
            ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "catalogue-rejected",
                    result.errors().size() + " problem(s); the live rulebase " + result.liveVersion() + " keeps serving");
            problem.setTitle("Catalogue rejected");
            problem.setProperty("errors", result.errors());
            problem.setProperty("candidateVersion", result.candidateVersion());
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
        }
        Instant now = clock.instant();
        history.ifAvailable(kept -> kept.record(new ReleaseHistory.Entry(result.candidateVersion(),
                new RulebaseChange(RulebaseChange.Kind.CATALOGUE, catalogue.name(), catalogue.content()),
                caller.getName(), now, caller.getName(), now, null)));
        return ResponseEntity.accepted().body(new Released(result.candidateVersion(), result.liveVersion(), result.buildMillis()));
    }
}
