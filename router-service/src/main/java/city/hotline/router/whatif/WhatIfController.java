package city.hotline.router.whatif;

import city.hotline.router.rulebase.RulebaseChange;
import city.hotline.router.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;

/**
 * {@code /api/v1/supervision/whatif}: supervisors try a rule change on the recent intake and approve it, and
 * {@code /api/v1/supervision/rulebase/versions}: the versions made live. Auditors read; only supervisors post.
 */
@RestController
@RequestMapping("/api/v1/supervision")
@ConditionalOnProperty(name = "router.roles.audit", havingValue = "true", matchIfMissing = true)
@Tag(name = "What-if", description = "Rule changes tried on the recent intake before they go live, and the history "
        + "of the rulebase versions made live")
class WhatIfController {

    /** A month: Kafka keeps a week by default, and a longer replay only keeps a supervisor waiting. */
    static final int MAX_DAYS = 31;
    static final String CATALOGUE_NAME = "transfer-items.csv";

    private final WhatIf whatIf;
    private final WhatIfRuns runs;

    WhatIfController(WhatIf whatIf, WhatIfRuns runs) {
        this.whatIf = whatIf;
        this.runs = runs;
    }

    @PostMapping(path = "/whatif", consumes = {"text/csv", "text/plain"})
    @Operation(summary = "Try a rule change on the recent intake",
            description = "The body is a whole transfer-item catalogue (kind=catalogue, CSV) or one DRL file of the "
                    + "rulebase (kind=drl, name=the file it replaces). It must pass a release's checks (422 with every "
                    + "problem if not). Then every ticket of the last `days` of intake is classified with it, on the "
                    + "side, and compared with the live router's decision in the audit store. Answers 201 when done; "
                    + "nothing serves the candidate until the run is approved.")
    ResponseEntity<?> run(@RequestBody byte[] body,
                          @Parameter(description = "how many days of intake to replay, 1 to 31")
                          @RequestParam(defaultValue = "7") int days,
                          @Parameter(description = "catalogue or drl") @RequestParam(defaultValue = "catalogue") String kind,
                          @Parameter(description = "the DRL file replaced (kind=drl), e.g. police-categories.drl; the "
                                  + "catalogue's file name (kind=catalogue)")
                          @RequestParam(required = false) String name,
                          Principal caller) {
        if (days < 1 || days > MAX_DAYS) {
            return badRequest("days is 1 to " + MAX_DAYS + ", not " + days);
        }
        RulebaseChange change;
        try {
            RulebaseChange.Kind changed = RulebaseChange.Kind.of(kind);
            if (changed == RulebaseChange.Kind.DRL && name == null) {
                return badRequest("name the DRL file the body replaces, e.g. name=police-categories.drl");
            }
            change = new RulebaseChange(changed, name == null ? CATALOGUE_NAME : name,
                    new String(body, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return badRequest(e.getMessage());
        }
        WhatIfRun run = whatIf.run(change, days, caller.getName());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(run.id()).toUri();
        return ResponseEntity.created(location).body(run);
    }

    @GetMapping("/whatif")
    @Operation(summary = "The what-if runs, newest first, without their examples")
    List<WhatIfRun> list() {
        return runs.list();
    }

    @GetMapping("/whatif/{id}")
    @Operation(summary = "One what-if run with its examples")
    ResponseEntity<?> find(@PathVariable long id) {
        return runs.find(id).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> notFound(id));
    }

    @PostMapping("/whatif/{id}/approve")
    @Operation(summary = "Make a what-if's candidate live",
            description = "Releases exactly the candidate the run tried to every instance (as a catalogue release does) "
                    + "and records the version in the rulebase history with the caller as its approver. 202: instances "
                    + "reload within moments (GET /api/v1/admin/rulebase tells the version serving). 409 when the run "
                    + "was approved already, or the live rulebase changed since it ran: run it again.")
    ResponseEntity<?> approve(@PathVariable long id, Principal caller) {
        return whatIf.approve(id, caller.getName()).<ResponseEntity<?>>map(ResponseEntity.accepted()::body)
                .orElseGet(() -> notFound(id));
    }

    @GetMapping("/rulebase/versions")
    @Operation(summary = "The rulebase versions made live, newest approval first",
            description = "By a what-if approval (with its run) or a direct catalogue release; `live` marks the one "
                    + "serving now.")
    List<RulebaseVersion> versions() {
        return whatIf.versions();
    }

    @ExceptionHandler
    ProblemDetail rejected(CandidateRejectedException e) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "rulebase-candidate-rejected",
                "Candidate rejected", e.getMessage());
        problem.setProperty("errors", e.errors());
        problem.setProperty("candidateVersion", e.candidateVersion());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail refused(ApprovalRefusedException e) {
        return problem(HttpStatus.CONFLICT, "whatif-approval-refused", "Approval refused", e.getMessage());
    }

    private static ResponseEntity<ProblemDetail> badRequest(String detail) {
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "invalid-whatif", "Invalid what-if", detail));
    }

    private static ResponseEntity<ProblemDetail> notFound(long id) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(problem(HttpStatus.NOT_FOUND, "whatif-not-found", "No such what-if", "No what-if run " + id));
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = Problems.of(status, type, detail);
        problem.setTitle(title);
        return problem;
    }
}
