package city.hotline.router.whatif;

import city.hotline.router.rulebase.ReleaseHistory;
import city.hotline.router.rulebase.ReleasedRulebase;
import city.hotline.router.rulebase.RulebaseChange;
import city.hotline.router.rulebase.RulebaseReleases;
import city.hotline.rules.ClassificationRequest;
import city.hotline.rules.Classifier;
import city.hotline.rules.ReloadResult;
import city.hotline.rules.RulebaseRegistry;
import city.hotline.schemas.Envelope;
import city.hotline.schemas.TicketReceived;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Supervisors try a rule change before it goes live: the candidate is checked as a release would be, then decides
 * the recent intake again on the side, and each ticket's decision is compared with what the live router decided.
 * An approved run is released through {@link RulebaseReleases}, as any release, and recorded in the history.
 */
class WhatIf {

    private static final Logger log = LoggerFactory.getLogger(WhatIf.class);

    private final RulebaseRegistry registry;
    private final RulebaseReleases releases;
    private final IntakeReplay intake;
    private final LiveDecisions decisions;
    private final WhatIfRuns runs;
    private final RulebaseVersions versions;
    private final TransactionTemplate transactions;
    private final Clock clock;

    WhatIf(RulebaseRegistry registry, RulebaseReleases releases, IntakeReplay intake, LiveDecisions decisions,
           WhatIfRuns runs, RulebaseVersions versions, TransactionTemplate transactions, Clock clock) {
        this.registry = registry;
        this.releases = releases;
        this.intake = intake;
        this.decisions = decisions;
        this.runs = runs;
        this.versions = versions;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Replays the last {@code days} of intake with the served rulebase changed as asked, and stores the run.
     *
     * @throws CandidateRejectedException when the candidate would not pass a release's checks, or fails on a ticket
     */
    WhatIfRun run(RulebaseChange change, int days, String createdBy) {
        Instant createdAt = clock.instant().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it
        String liveVersion = registry.rulebaseVersion();
        RulebaseRegistry.Trial trial = registry.trial(candidate(change, liveVersion).rulebase());
        ReloadResult checked = trial.result();
        Classifier candidate = trial.classifier().orElseThrow(() ->
                new CandidateRejectedException(checked.errors(), checked.liveVersion(), checked.candidateVersion()));
        log.info("What-if by {}: {} {} as rulebase {} (live {}), replaying {} days of intake", createdBy,
                change.kind().wireName(), change.name(), checked.candidateVersion(), liveVersion, days);

        long started = System.nanoTime();
        Comparison comparison = new Comparison();
        intake.replay(createdAt.minus(Duration.ofDays(days)), batch -> {
            comparison.unmatched(batch.unreadable());
            compare(batch.tickets(), candidate, comparison);
        });
        WhatIfRun run = runs.save(new WhatIfRun(0, createdAt, createdBy, change.kind().wireName(), change.name(), days,
                liveVersion, checked.candidateVersion(), comparison.replayed(), comparison.unmatched(),
                comparison.changed(), comparison.examples(), null, null), change);
        log.info("What-if {}: {} tickets replayed, {} unmatched, {} routed otherwise, in {} ms", run.id(), run.replayed(),
                run.unmatched(), run.changed().any(), Duration.ofNanos(System.nanoTime() - started).toMillis());
        return run;
    }

    private void compare(List<Envelope<TicketReceived>> tickets, Classifier candidate, Comparison comparison) {
        Map<String, Routing> live = decisions.firstRouterDecisions(tickets.stream().map(Envelope::subject).toList());
        for (Envelope<TicketReceived> ticket : tickets) {
            Routing decided = live.get(ticket.subject());
            if (decided == null) {
                comparison.unmatched(1);
            } else {
                comparison.compare(ticket.subject(), ticket.data().text(), decided,
                        classify(candidate, ticket.subject(), ticket.data()));
            }
        }
    }

    /** As the router asks (DroolsTicketClassifier), but of the candidate. */
    private Routing classify(Classifier candidate, String ticketId, TicketReceived ticket) {
        try {
            return Routing.of(candidate.classify(new ClassificationRequest(ticket.channel().wireName(), ticket.text(),
                    ticket.dialledLine())));
        } catch (RuntimeException e) {
            // Live, this ticket would be dead-lettered: the candidate is not fit to serve.
            throw new CandidateRejectedException(List.of("ticket " + ticketId + ": " + e), registry.rulebaseVersion(),
                    candidate.rulebaseVersion());
        }
    }

    /**
     * Releases what the run tried, once; empty when there is no such run.
     *
     * @throws ApprovalRefusedException when it was approved already, or the live rulebase changed since the run, so
     *                                  that its change would now make another version than the one tried
     */
    Optional<Approval> approve(long id, String approvedBy) {
        Optional<WhatIfRun> found = runs.find(id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        WhatIfRun run = found.get();
        if (run.approvedBy() != null) {
            throw new ApprovalRefusedException("What-if " + id + " was approved by " + run.approvedBy() + " at "
                    + run.approvedAt());
        }
        RulebaseChange change = runs.change(id).orElseThrow();
        ReleasedRulebase candidate = candidate(change, registry.rulebaseVersion());
        String version = candidate.rulebase().version();
        if (!version.equals(run.candidateVersion())) {
            throw new ApprovalRefusedException("The live rulebase changed since what-if " + id + " was run: its change "
                    + "would now make rulebase " + version + ", not the " + run.candidateVersion() + " it tried. Run it again.");
        }
        Instant approvedAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
        // The approval, the release and the history stand or fall together: a failed release leaves the run unapproved.
        return Optional.of(transactions.execute(status -> {
            if (!runs.approve(id, approvedBy, approvedAt)) {
                throw new ApprovalRefusedException("What-if " + id + " was approved meanwhile");
            }
            ReloadResult released = releases.release(candidate);
            if (!released.accepted()) {
                throw new CandidateRejectedException(released.errors(), released.liveVersion(), released.candidateVersion());
            }
            versions.record(new ReleaseHistory.Entry(released.candidateVersion(), change, run.createdBy(), run.createdAt(),
                    approvedBy, approvedAt, id));
            log.info("What-if {} approved by {}: rulebase {} released", id, approvedBy, released.candidateVersion());
            return new Approval(released.candidateVersion(), approvedBy, approvedAt);
        }));
    }

    /** Newest first; {@code live} marks the version serving now. */
    List<RulebaseVersion> versions() {
        return versions.list(registry.rulebaseVersion());
    }

    /** The served rulebase with the change; a DRL file the rulebase does not have is the candidate's problem. */
    private ReleasedRulebase candidate(RulebaseChange change, String liveVersion) {
        try {
            return releases.served().with(change);
        } catch (IllegalArgumentException e) {
            throw new CandidateRejectedException(List.of(e.getMessage()), liveVersion, null);
        }
    }
}
