package org.qingfeng.disposal.station;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.disposal.CaseStepped.Step;
import org.qingfeng.contracts.disposal.CaseStepped.TalkKind;
import org.qingfeng.disposal.cases.CaseCommand;
import org.qingfeng.disposal.cases.CaseView;
import org.qingfeng.disposal.station.rules.CommandChecks;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Actors;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the work station does to a case: open one by hand for a finding, schedule a talk, file the
 * talk's record, accept or reject a reply, refer the case. Each names the case's {@code sequence}
 * the caller saw, so a step taken in between is a {@code 409} rather than a step on a case the
 * caller never saw. Every act is on the audit trail (ids and step names, never the texts) before
 * it is published; the answer is {@code 202} once the broker has the step.
 */
@RestController
@RequestMapping("/api/cases")
@PreAuthorize("hasRole('WORK_STATION_STAFF')")
class StationStepController {

    private final StationCases cases;
    private final AuditTrail audit;

    StationStepController(StationCases cases, AuditTrail audit) {
        this.cases = cases;
        this.audit = audit;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    Opened open(@RequestBody OpenRequest request) {
        CommandChecks checks = new CommandChecks();
        UUID findingId = checks.id(request.findingId(), "findingId");
        String ladder = checks.ladder(request.ladder());
        InvalidRequest.unless(checks.violations());
        Actor actor = Actors.current();
        UUID caseId = cases.opening().openForFinding(required(findingId), ladder, actor);
        audit.record(
                actor,
                AuditEntry.of(AuditAction.CASE_CHANGED, StationCaseController.TARGET, caseId.toString(), actor.node())
                        .detail(Step.OPENED.name() + " finding " + findingId));
        return new Opened(caseId);
    }

    @PostMapping("/{caseId}/talks")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Stepped talk(@PathVariable UUID caseId, @RequestBody TalkRequest request) {
        CommandChecks checks = new CommandChecks();
        long sequence = checks.sequence(request.sequence());
        TalkKind kind = checks.talkKind(request.talkKind());
        Instant scheduledFor = checks.required(request.scheduledFor(), "scheduledFor");
        InvalidRequest.unless(checks.violations());
        return take(
                caseId,
                AuditAction.CASE_CHANGED,
                actor -> new CaseCommand(
                        caseId, sequence, Step.TALK_SCHEDULED, actor, null, null, List.of(), kind, scheduledFor, null));
    }

    @PostMapping("/{caseId}/talk-records")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Stepped talkRecord(@PathVariable UUID caseId, @RequestBody TalkRecordRequest request) {
        CommandChecks checks = new CommandChecks();
        long sequence = checks.sequence(request.sequence());
        String text = checks.text(request.text());
        InvalidRequest.unless(checks.violations());
        return take(
                caseId,
                AuditAction.CASE_CHANGED,
                actor -> new CaseCommand(
                        caseId, sequence, Step.TALK_RECORDED, actor, null, text, List.of(), null, null, null));
    }

    /** Accepting verifies the reply and closes the case; rejecting sends it one rung up. */
    @PostMapping("/{caseId}/verification")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Stepped verification(@PathVariable UUID caseId, @RequestBody VerificationRequest request) {
        CommandChecks checks = new CommandChecks();
        long sequence = checks.sequence(request.sequence());
        boolean accepted = checks.required(request.accepted(), "accepted");
        String reason = checks.reason(request.reason());
        InvalidRequest.unless(checks.violations());
        Step step = accepted ? Step.REPLY_ACCEPTED : Step.REPLY_REJECTED;
        return take(
                caseId,
                AuditAction.DISPOSAL_DECIDED,
                actor -> new CaseCommand(caseId, sequence, step, actor, reason, null, List.of(), null, null, null));
    }

    @PostMapping("/{caseId}/referral")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Stepped referral(@PathVariable UUID caseId, @RequestBody ReferralRequest request) {
        CommandChecks checks = new CommandChecks();
        long sequence = checks.sequence(request.sequence());
        String reason = checks.reason(request.reason());
        InvalidRequest.unless(checks.violations());
        return take(
                caseId,
                AuditAction.CASE_CHANGED,
                actor -> new CaseCommand(
                        caseId, sequence, Step.REFERRED, actor, reason, null, List.of(), null, null, null));
    }

    /** Checks the case is the caller's to see, audits the act, then appends the step. */
    private Stepped take(UUID caseId, AuditAction action, CommandFor command) {
        Actor actor = Actors.current();
        CaseView found = cases.find(actor, caseId);
        CaseCommand step = command.by(actor.subject());
        audit.record(
                actor,
                AuditEntry.of(action, StationCaseController.TARGET, caseId.toString(), found.townshipCode())
                        .detail(step.step().name()));
        CaseStepped appended = cases.steps().append(step);
        return new Stepped(caseId, appended.sequence());
    }

    private static <T> T required(@Nullable T checked) {
        if (checked == null) {
            throw new IllegalStateException("checked before use");
        }
        return checked;
    }

    @FunctionalInterface
    private interface CommandFor {
        CaseCommand by(String actor);
    }

    record OpenRequest(@Nullable String findingId, @Nullable String ladder) {}

    record TalkRequest(
            @Nullable Long sequence,
            @Nullable String talkKind,
            @Nullable Instant scheduledFor) {}

    record TalkRecordRequest(
            @Nullable Long sequence, @Nullable String text) {}

    record VerificationRequest(
            @Nullable Long sequence,
            @Nullable Boolean accepted,
            @Nullable String reason) {}

    record ReferralRequest(
            @Nullable Long sequence, @Nullable String reason) {}

    record Opened(UUID caseId) {}

    record Stepped(UUID caseId, long sequence) {}
}
