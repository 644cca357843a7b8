package city.hotline.router.loop;

import city.hotline.router.privacy.PhoneMasker;
import city.hotline.router.routing.TelephonyCommands;
import city.hotline.schemas.Deadline;
import city.hotline.schemas.DeadlineKind;
import city.hotline.schemas.DeadlineStatus;
import city.hotline.schemas.Envelope;
import city.hotline.schemas.Escalation;
import city.hotline.schemas.EventType;
import city.hotline.schemas.FeedbackStage;
import city.hotline.schemas.RoutedTicket;
import city.hotline.schemas.RoutingDecision;
import city.hotline.schemas.TicketFeedback;
import city.hotline.schemas.TicketReceived;
import city.hotline.schemas.TicketState;
import city.hotline.schemas.TimelineEntry;
import city.hotline.schemas.TimelineKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The closed loop as a pure function: a ticket's state and one input give the new state and the events to
 * publish. No Kafka here, so every rule is tested directly and the processor only stores and forwards.
 */
final class LoopTransitions {

    private static final List<TicketState> STEPS = List.of(TicketState.RECEIVED, TicketState.ACCEPTED, TicketState.HANDLED);

    private final DeadlinePlanner planner;
    private final LoopEvents events;
    private final int maxHops;
    private final int timelineLimit;

    LoopTransitions(DeadlinePlanner planner, LoopEvents events, int maxHops, int timelineLimit) {
        this.planner = planner;
        this.events = events;
        this.maxHops = maxHops;
        this.timelineLimit = timelineLimit;
    }

    /** The router handed the ticket to a line: start its loop, then apply feedback that came early. */
    Step routed(TrackedTicket known, Envelope<RoutedTicket> event) {
        if (known != null && known.isRouted()) {
            return Step.unchanged(known); // the router routes once; a repeated event changes nothing
        }
        TicketReceived ticket = event.data().ticket();
        RoutingDecision decision = event.data().decision();
        Instant at = event.time();
        // 首接: the partner line the caller reached; a call to 114 (or a ticket from a channel without a line)
        // was first taken by the partner line it was routed to
        String firstReceiver = Lines.isPartner(ticket.dialledLine()) ? ticket.dialledLine() : decision.line();
        List<TimelineEntry> entries = new ArrayList<>();
        entries.add(entry(at, TimelineKind.ROUTED, decision.line(), wire(TicketState.ROUTED), null,
                explain(decision), event.id()));
        TelephonyCommands.forCall(ticket, decision).ifPresent(command -> entries.add(entry(at, TimelineKind.TELEPHONY,
                command.toLine(), null, command.action().name(), command.fromLine() + " → " + command.toLine(), null)));
        List<PendingFeedback> early = known == null ? List.of() : known.pending();
        TrackedTicket started = new TrackedTicket(event.subject(), ticket, decision, TicketState.ROUTED, decision.line(),
                firstReceiver, 1, planner.handOver(decision.line(), decision.timeLimits(), at), List.of(), List.of(), List.of())
                .record(entries, timelineLimit).applied(event.id());
        List<Outbound> outputs = new ArrayList<>();
        if (Lines.isPartner(started.line())) {
            outputs.add(events.workOrder(started, null, at));
        }
        Step step = new Step(started, outputs);
        for (PendingFeedback feedback : early.stream().sorted(Comparator.comparing(PendingFeedback::at)).toList()) {
            step = then(step, feedback(step.ticket(), started.ticketId(), feedback.eventId(), feedback.at(), feedback.feedback()));
        }
        return withTrack(step, known, at);
    }

    /** A line reported on the ticket. */
    Step feedback(TrackedTicket known, String ticketId, String eventId, Instant at, TicketFeedback feedback) {
        if (known != null && known.hasApplied(eventId)) {
            return Step.unchanged(known);
        }
        if (known == null || !known.isRouted()) {
            TrackedTicket waiting = known != null ? known : TrackedTicket.awaitingRouting(ticketId);
            List<PendingFeedback> pending = new ArrayList<>(waiting.pending());
            pending.add(new PendingFeedback(eventId, at, feedback));
            return Step.unchanged(waiting.withPending(pending));
        }
        Optional<String> refusal = FeedbackPolicy.refusal(known.state(), known.line(), feedback.line(), feedback.stage());
        Step step;
        if (refusal.isPresent()) {
            step = refuse(known, eventId, at, feedback, refusal.get());
        } else if (feedback.stage() == FeedbackStage.REJECTED) {
            step = reject(known, eventId, at, feedback);
        } else {
            step = advance(known, eventId, at, feedback);
        }
        return withTrack(new Step(step.ticket().applied(eventId), step.outputs()), known, at);
    }

    /** Someone else escalated the ticket (the move-car role, for one): it belongs in the timeline. */
    Step escalated(TrackedTicket known, Envelope<Escalation> event) {
        if (known == null || !known.isRouted() || known.hasApplied(event.id())) {
            return Step.unchanged(known);
        }
        Escalation e = event.data();
        String detail = e.action().wireName() + " → " + e.department() + (e.detail() == null ? "" : "：" + e.detail());
        TrackedTicket changed = known.record(List.of(entry(event.time(), TimelineKind.ESCALATED, e.line(), null,
                e.reason(), detail, event.id())), timelineLimit).applied(event.id());
        return withTrack(Step.unchanged(changed), known, event.time());
    }

    /** A deadline passed: 督办 escalation to the supervisors and a reminder to the partner. */
    Step overdue(TrackedTicket known, DeadlineKind kind, String line, Instant dueAt, Instant now) {
        Optional<Deadline> running = known == null ? Optional.empty() : known.deadlines().stream()
                .filter(d -> d.status() == DeadlineStatus.PENDING && d.kind() == kind && d.line().equals(line)
                        && d.dueAt().toEpochMilli() == dueAt.toEpochMilli())
                .findFirst();
        if (running.isEmpty()) {
            return Step.unchanged(known); // met, cancelled or already fired since the timer was set
        }
        Deadline due = running.get();
        String detail = due.line() + " 未在时限 " + due.limit() + " 内完成" + stepName(due.kind()) + "（应于 " + due.dueAt() + "）";
        TrackedTicket changed = known
                .withDeadlines(all -> all.stream().map(d -> d.equals(due) ? d.withStatus(DeadlineStatus.OVERDUE) : d).toList())
                .record(List.of(
                        entry(now, TimelineKind.ESCALATED, due.line(), due.kind().name().toLowerCase(Locale.ROOT),
                                LoopEvents.overdueReason(due), detail, null),
                        entry(now, TimelineKind.REMINDED, due.line(), due.kind().name().toLowerCase(Locale.ROOT), null, detail, null)),
                        timelineLimit);
        return withTrack(new Step(changed, List.of(events.overdue(changed, due, detail, now),
                events.reminder(changed, due, detail, now))), known, now);
    }

    /** Early feedback whose ticket never came: refused, so the partner learns its ticket id was wrong. */
    Step orphanExpired(TrackedTicket known, String ticketId, String eventId, Instant now) {
        if (known == null || known.isRouted()) {
            return Step.unchanged(known);
        }
        List<Outbound> outputs = new ArrayList<>();
        List<PendingFeedback> left = new ArrayList<>();
        for (PendingFeedback p : known.pending()) {
            if (!p.eventId().equals(eventId)) {
                left.add(p);
            } else if (Lines.isPartner(p.feedback().line())) {
                outputs.add(events.refusal(ticketId, p.feedback().line(), p.feedback().stage(), eventId, null,
                        FeedbackPolicy.UNKNOWN_TICKET, "没有此工单：未收到该工单的派转", now));
            }
        }
        return new Step(left.isEmpty() ? null : known.withPending(left), outputs);
    }

    private Step advance(TrackedTicket t, String eventId, Instant at, TicketFeedback f) {
        String detail = PhoneMasker.maskText(f.detail());
        String stage = f.stage().wireName();
        Optional<TicketState> target = FeedbackStage.PROGRESS == f.stage() ? Optional.empty() : FeedbackPolicy.target(f.stage());
        if (f.stage() == FeedbackStage.PROGRESS && FeedbackPolicy.rank(t.state()) < FeedbackPolicy.rank(TicketState.ACCEPTED)) {
            target = Optional.of(TicketState.ACCEPTED); // progress on a matter means it was taken on
        }
        if (target.isEmpty() || FeedbackPolicy.rank(target.get()) <= FeedbackPolicy.rank(t.state())) {
            // informative stages (progress, a failed SMS) are plain feedback; an earlier stage after a later one is late
            TimelineKind kind = target.isEmpty() ? TimelineKind.FEEDBACK : TimelineKind.LATE;
            TrackedTicket noted = t.record(List.of(entry(at, kind, f.line(), stage, f.reason(), detail, eventId)), timelineLimit);
            return Step.unchanged(f.stage() == FeedbackStage.PROGRESS
                    ? noted.settle(DeadlineStatus.MET, List.of(DeadlineKind.FEEDBACK)) : noted);
        }
        TicketState to = target.get();
        List<TimelineEntry> entries = new ArrayList<>();
        for (TicketState skipped : STEPS) {
            if (FeedbackPolicy.rank(skipped) > FeedbackPolicy.rank(t.state()) && FeedbackPolicy.rank(skipped) < FeedbackPolicy.rank(to)) {
                entries.add(entry(at, TimelineKind.IMPLIED, f.line(), wire(skipped), null,
                        "由 " + stage + " 推定", eventId));
            }
        }
        entries.add(entry(at, TimelineKind.FEEDBACK, f.line(), stage, f.reason(), detail, eventId));
        boolean disputeSettled = t.state() == TicketState.DISPUTED
                && FeedbackPolicy.rank(to) >= FeedbackPolicy.rank(TicketState.ACCEPTED);
        TrackedTicket moved = (disputeSettled ? settleDispute(t, f.line(), at) : t)
                .settle(DeadlineStatus.MET, metBy(to, f.stage()))
                .at(to, f.line(), t.hops(), t.decision());
        List<Outbound> outputs = new ArrayList<>();
        FeedbackStage reached = switch (to) {
            case ACCEPTED -> FeedbackStage.ACCEPTED;
            case HANDLED -> FeedbackStage.HANDLED;
            case CLOSED -> FeedbackStage.CLOSED;
            default -> null;
        };
        if (reached != null && !moved.firstReceiver().equals(moved.line()) && Lines.isPartner(moved.firstReceiver())) {
            outputs.add(events.outcome(moved, reached, f.reason(), detail, at));
            entries.add(entry(at, TimelineKind.OUTCOME, moved.firstReceiver(), reached.wireName(), null,
                    "结果已反馈首接方 " + moved.firstReceiver(), null));
        }
        return new Step(moved.record(entries, timelineLimit), outputs);
    }

    private Step reject(TrackedTicket t, String eventId, Instant at, TicketFeedback f) {
        String detail = PhoneMasker.maskText(f.detail());
        TimelineEntry rejected = entry(at, TimelineKind.FEEDBACK, f.line(), f.stage().wireName(), f.reason(), detail, eventId);
        TrackedTicket released = t.settle(DeadlineStatus.CANCELLED, List.of(DeadlineKind.values()));
        if (t.hops() < maxHops) {
            String to = Lines.other(t.line());
            String why = t.line() + " 退回（" + f.reason() + (detail == null ? "" : "：" + detail) + "），改派 " + to;
            TrackedTicket rerouted = released.at(TicketState.ROUTED, to, t.hops() + 1, reroutedDecision(t, to, f, why))
                    .withDeadlines(all -> Stream.concat(all.stream(), planner.handOver(to, null, at).stream()).toList())
                    .record(List.of(rejected, entry(at, TimelineKind.REROUTED, to, wire(TicketState.ROUTED),
                            f.reason(), why, null)), timelineLimit);
            List<Outbound> outputs = new ArrayList<>(events.rerouted(rerouted, at));
            outputs.add(events.workOrder(rerouted, why, at));
            return new Step(rerouted, outputs);
        }
        String first = t.firstReceiver();
        String why = t.line() + " 再次退回（" + f.reason() + "）：不再改派，由首接方 " + first + " 先行负责，直至一方受理；请督办协调";
        TrackedTicket disputed = released.at(TicketState.DISPUTED, first, t.hops(), t.decision())
                .withDeadlines(all -> Stream.concat(all.stream(), Stream.of(planner.step(DeadlineKind.ACCEPT, first, at))).toList())
                .record(List.of(rejected, entry(at, TimelineKind.ESCALATED, first, wire(TicketState.DISPUTED),
                        "SECOND_REJECTION", why, null)), timelineLimit);
        return new Step(disputed, List.of(events.disputed(disputed, why, at), events.workOrder(disputed, why, at)));
    }

    private Step refuse(TrackedTicket t, String eventId, Instant at, TicketFeedback f, String reason) {
        String detail = f.line() + " 的 " + f.stage().wireName() + " 未生效：" + reasonText(reason, t);
        TrackedTicket noted = t.record(List.of(entry(at, TimelineKind.REFUSED, f.line(), f.stage().wireName(), reason,
                detail, eventId)), timelineLimit);
        List<Outbound> outputs = Lines.isPartner(f.line())
                ? List.of(events.refusal(t.ticketId(), f.line(), f.stage(), eventId, t.state(), reason, detail, at))
                : List.of();
        return new Step(noted, outputs);
    }

    /**
     * A line accepted a disputed ticket: the first receiver's accept deadline is met if it was the one, else
     * cancelled (it is released), and the accepting line gets first-feedback and finish deadlines from now.
     */
    private TrackedTicket settleDispute(TrackedTicket t, String acceptingLine, Instant at) {
        TrackedTicket settled = acceptingLine.equals(t.line())
                ? t.settle(DeadlineStatus.MET, List.of(DeadlineKind.ACCEPT))
                : t.settle(DeadlineStatus.CANCELLED, List.of(DeadlineKind.ACCEPT));
        return settled.withDeadlines(all -> Stream.concat(all.stream(), Stream.of(
                planner.step(DeadlineKind.FEEDBACK, acceptingLine, at), planner.step(DeadlineKind.FINISH, acceptingLine, at))).toList());
    }

    private static RoutingDecision reroutedDecision(TrackedTicket t, String to, TicketFeedback f, String why) {
        RoutingDecision d = t.decision();
        List<String> rules = new ArrayList<>(d.rules());
        rules.add("loop: re-route after rejection by " + f.line());
        return new RoutingDecision(to, null, null, null, null, null, d.alsoNotify(), rules, List.of(Notes.cap(why)),
                true, d.confidence(), d.rulebaseVersion(), 0, null);
    }

    private static List<DeadlineKind> metBy(TicketState to, FeedbackStage stage) {
        List<DeadlineKind> met = new ArrayList<>(List.of(DeadlineKind.RECEIVE));
        if (FeedbackPolicy.rank(to) >= FeedbackPolicy.rank(TicketState.ACCEPTED)) {
            met.add(DeadlineKind.ACCEPT);
        }
        if (stage == FeedbackStage.PROGRESS || FeedbackPolicy.rank(to) >= FeedbackPolicy.rank(TicketState.HANDLED)) {
            met.add(DeadlineKind.FEEDBACK);
        }
        if (FeedbackPolicy.rank(to) >= FeedbackPolicy.rank(TicketState.HANDLED)) {
            met.add(DeadlineKind.FINISH);
        }
        return met;
    }

    /** Every changed ticket is republished for the read model. */
    private Step withTrack(Step step, TrackedTicket before, Instant at) {
        if (step.ticket() == null || !step.ticket().isRouted() || step.ticket().equals(before)) {
            return step;
        }
        List<Outbound> outputs = new ArrayList<>(step.outputs().stream().filter(o -> o.event().eventType()
                != EventType.TICKET_TRACKED).toList());
        outputs.add(events.track(step.ticket(), at));
        return new Step(step.ticket(), outputs);
    }

    private static Step then(Step first, Step next) {
        List<Outbound> outputs = new ArrayList<>(first.outputs());
        outputs.addAll(next.outputs());
        return new Step(next.ticket(), outputs);
    }

    private static String explain(RoutingDecision d) {
        StringBuilder text = new StringBuilder("派往 ").append(d.line());
        if (d.item() != null) {
            text.append("，事项 ").append(d.item());
        }
        if (d.category() != null) {
            text.append("，警情类别 ").append(d.category());
        }
        if (d.department() != null) {
            text.append("，承办 ").append(d.department());
        }
        return text.append("；规则 ").append(String.join(", ", d.rules())).toString();
    }

    private static String wire(TicketState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    private static String stepName(DeadlineKind kind) {
        return switch (kind) {
            case RECEIVE -> "签收";
            case ACCEPT -> "受理";
            case FEEDBACK -> "反馈";
            case FINISH -> "办结";
        };
    }

    private static String reasonText(String reason, TrackedTicket t) {
        return switch (reason) {
            case FeedbackPolicy.NOT_ASSIGNED -> "工单现由 " + t.line() + " 负责";
            case FeedbackPolicy.ALREADY_ACCEPTED -> "已受理的工单不能退回（首接负责）";
            case FeedbackPolicy.TICKET_CLOSED -> "工单已办结";
            case FeedbackPolicy.FIRST_RECEIVER_RESPONSIBLE -> "两线均已退回，首接方须先行负责，等待督办协调";
            case FeedbackPolicy.STAGE_NOT_FOR_LINE -> "该环节不适用于 " + t.line() + " 工单";
            default -> reason;
        };
    }

    private static TimelineEntry entry(Instant at, TimelineKind kind, String line, String stage, String reason,
                                       String detail, String eventId) {
        return new TimelineEntry(at, kind, line, stage, reason, Notes.cap(detail), eventId);
    }
}
