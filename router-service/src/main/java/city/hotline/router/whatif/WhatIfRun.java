package city.hotline.router.whatif;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.util.List;

/**
 * A rule change tried on the recent intake: how many tickets the candidate would have routed otherwise than the
 * live router did, with examples. The supervisors' page reads exactly this shape.
 *
 * @param kind             {@code catalogue} or {@code drl}
 * @param name             the catalogue's file name, or the DRL file replaced
 * @param days             how far back the intake was replayed
 * @param liveVersion      the rulebase serving when the run was made
 * @param replayed         tickets compared with their live decision
 * @param unmatched        intake records read but not compared: no live decision in the audit store (not routed
 *                         yet, rejected at intake, or routed before the store began), or not a valid ticket event
 * @param examples         up to {@value Comparison#MAX_EXAMPLES} changed tickets; left out of lists of runs
 * @param approvedBy       who made the candidate live; null until then
 */
public record WhatIfRun(long id, Instant createdAt, String createdBy, String kind, String name, int days,
                        String liveVersion, String candidateVersion, int replayed, int unmatched, Changed changed,
                        @JsonInclude(JsonInclude.Include.NON_NULL) List<Example> examples, String approvedBy,
                        Instant approvedAt) {

    /** Tickets routed otherwise, by what differs; a ticket counts once in {@code any}, however much differs. */
    public record Changed(int line, int category, int item, int department, int any) {
    }

    /** @param text the ticket's text, phone numbers masked, cut to 200 characters */
    public record Example(String ticketId, String text, Routing live, Routing candidate) {
    }

    WhatIfRun withId(long newId) {
        return new WhatIfRun(newId, createdAt, createdBy, kind, name, days, liveVersion, candidateVersion, replayed,
                unmatched, changed, examples, approvedBy, approvedAt);
    }
}
