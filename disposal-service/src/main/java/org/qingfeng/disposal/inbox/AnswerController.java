package org.qingfeng.disposal.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.disposal.DisposalProperties;
import org.qingfeng.disposal.attachment.CaseAccess;
import org.qingfeng.disposal.attachment.CaseFileStore;
import org.qingfeng.disposal.attachment.ReplyFile;
import org.qingfeng.disposal.attachment.rules.ReplyFileRules;
import org.qingfeng.disposal.cases.CaseCommand;
import org.qingfeng.disposal.cases.CaseConflict;
import org.qingfeng.disposal.cases.CaseJson.AttachmentJson;
import org.qingfeng.disposal.cases.CaseSteps;
import org.qingfeng.disposal.cases.CaseView;
import org.qingfeng.disposal.cases.Cases;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.kafka.Acks;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Actors;
import org.qingfeng.support.web.FieldProblem;
import org.qingfeng.support.web.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A department answers a case addressed to it: acknowledges receipt, or replies with its explanation or
 * rectification report and up to five files. The files are on the broker before the reply step that
 * names them; the step goes through {@link CaseSteps}, which refuses a stale {@code sequence} or a step
 * the case's state does not allow ({@code 409}). Each answer is on the audit trail as {@code
 * CASE_ANSWERED} with ids only, never the reply's text.
 */
@RestController
class AnswerController {

    static final int MAX_TEXT = 20_000;

    private final ObjectProvider<Cases> cases;
    private final ObjectProvider<CaseSteps> steps;
    private final CaseAccess access;
    private final CaseFileStore files;
    private final ObjectProvider<Clock> clock;
    private final AuditTrail audit;
    private final Duration retryAfter;

    AnswerController(
            ObjectProvider<Cases> cases,
            ObjectProvider<CaseSteps> steps,
            CaseAccess access,
            CaseFileStore files,
            ObjectProvider<Clock> clock,
            AuditTrail audit,
            DisposalProperties properties) {
        this.cases = cases;
        this.steps = steps;
        this.access = access;
        this.files = files;
        this.clock = clock;
        this.audit = audit;
        this.retryAfter = properties.kafka().publishTimeout();
    }

    record Acknowledgement(@Nullable Long sequence) {}

    record Answered(UUID caseId, long sequence, List<AttachmentJson> attachments) {}

    @PostMapping("/api/inbox/{caseId}/acknowledgement")
    @PreAuthorize("hasRole('DEPARTMENT_OFFICER')")
    ResponseEntity<?> acknowledge(@PathVariable UUID caseId, @RequestBody Acknowledgement body) {
        Actor actor = Actors.current();
        CaseView found = InboxCases.answerable(cases, access, actor, caseId);
        Long sequence = body.sequence();
        if (sequence == null) {
            return Problems.invalidFields(List.of(new FieldProblem("sequence", "必填 / required")));
        }
        CaseStepped stepped = steps.getObject().append(CaseCommand.acknowledge(caseId, sequence, actor.subject()));
        audited(actor, found, stepped, 0);
        return ResponseEntity.accepted().body(new Answered(caseId, stepped.sequence(), List.of()));
    }

    @PostMapping(path = "/api/inbox/{caseId}/reply", consumes = "multipart/form-data")
    @PreAuthorize("hasRole('DEPARTMENT_OFFICER')")
    ResponseEntity<?> reply(
            @PathVariable UUID caseId,
            @RequestParam(required = false) @Nullable String sequence,
            @RequestParam(required = false) @Nullable String text,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> uploads) {
        Actor actor = Actors.current();
        CaseView found = InboxCases.answerable(cases, access, actor, caseId);
        List<MultipartFile> parts = uploads == null
                ? List.of()
                : uploads.stream().filter(AnswerController::offeredAtAll).toList();
        List<FieldProblem> errors = new ArrayList<>();
        Long expected = sequence(sequence, errors);
        checkText(text, errors);
        List<ReplyFileRules.Offered> offered =
                parts.stream().map(AnswerController::offered).toList();
        files.rules().check(offered).forEach(r -> errors.add(new FieldProblem(r.field(), r.message())));
        if (!errors.isEmpty() || expected == null || text == null) {
            return Problems.invalidFields(errors);
        }
        if (found.sequence() != expected || found.finished()) {
            // Checked before the files are stored, so a stale reply leaves no orphan files; CaseSteps checks again.
            throw new CaseConflict("案件已有新的进展，请刷新后再答复 / The case has moved on; reload it before replying");
        }
        List<AttachmentJson> stored = files.store(
                caseId,
                offered.stream()
                        .map(f -> new ReplyFile(f.fileName(), f.content()))
                        .toList(),
                clock.getIfAvailable(Clock::systemUTC).instant());
        CaseStepped stepped = steps.getObject()
                .append(CaseCommand.reply(
                        caseId,
                        expected,
                        actor.subject(),
                        text,
                        stored.stream().map(AttachmentJson::attachmentId).toList()));
        audited(actor, found, stepped, stored.size());
        return ResponseEntity.accepted().body(new Answered(caseId, stepped.sequence(), stored));
    }

    /** The chunks of a reply's files were not all acknowledged: nothing names them, the department retries. */
    @ExceptionHandler(Acks.AckFailed.class)
    ResponseEntity<ProblemDetail> unavailable() {
        return Problems.unavailable(retryAfter);
    }

    private void audited(Actor actor, CaseView found, CaseStepped stepped, int attachments) {
        audit.record(
                actor,
                AuditEntry.of(AuditAction.CASE_ANSWERED, "case", found.caseId().toString(), found.recipientCode())
                        .detail(stepped.step() + " sequence=" + stepped.sequence() + " attachments=" + attachments));
    }

    private static @Nullable Long sequence(@Nullable String sequence, List<FieldProblem> errors) {
        if (sequence == null || sequence.isBlank()) {
            errors.add(new FieldProblem("sequence", "必填 / required"));
            return null;
        }
        try {
            return Long.parseLong(sequence.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldProblem("sequence", "须为整数 / must be a whole number"));
            return null;
        }
    }

    private static void checkText(@Nullable String text, List<FieldProblem> errors) {
        if (text == null || text.isBlank()) {
            errors.add(new FieldProblem("text", "必填 / required"));
        } else if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            errors.add(new FieldProblem("text", "不得超过 " + MAX_TEXT + " 字 / at most " + MAX_TEXT + " characters"));
        }
    }

    /** A browser sends an empty, unnamed part for a file input left empty: that is no file. */
    private static boolean offeredAtAll(MultipartFile file) {
        String name = file.getOriginalFilename();
        return !file.isEmpty() || (name != null && !name.isBlank());
    }

    private static ReplyFileRules.Offered offered(MultipartFile file) {
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        try {
            return new ReplyFileRules.Offered(name, file.getSize(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
