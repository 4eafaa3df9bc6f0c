package org.qingfeng.disposal.notice;

import java.util.UUID;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Actors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's notice as PDF or OFD, by the sequence of the step that issued it. Every download is on
 * the audit trail (EXPORTED, the case id and the step, nothing of the content) before it leaves.
 */
@RestController
@RequestMapping("/api/cases/{caseId}/notices")
@PreAuthorize("hasAnyRole('WORK_STATION_STAFF','TOWNSHIP_STAFF','DEPARTMENT_OFFICER')")
class NoticeController {

    private final Notices notices;
    private final OfficialPdf pdf;
    private final OfficialOfd ofd;
    private final AuditTrail audit;

    NoticeController(Notices notices, OfficialPdf pdf, OfficialOfd ofd, AuditTrail audit) {
        this.notices = notices;
        this.pdf = pdf;
        this.ofd = ofd;
        this.audit = audit;
    }

    @GetMapping("/{sequence:[0-9]+}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID caseId, @PathVariable long sequence) {
        Actor actor = Actors.current();
        Notices.Issued issued = notices.issued(actor, caseId, sequence);
        byte[] file = pdf.write(issued.document());
        audited(actor, issued, "pdf");
        return Downloads.of(file, issued.fileName("pdf"), Downloads.PDF);
    }

    @GetMapping("/{sequence:[0-9]+}.ofd")
    ResponseEntity<byte[]> ofd(@PathVariable UUID caseId, @PathVariable long sequence) {
        Actor actor = Actors.current();
        Notices.Issued issued = notices.issued(actor, caseId, sequence);
        byte[] file = ofd.write(
                issued.document(),
                issued.step().eventId(),
                issued.step().occurredAt().atZone(notices.zone()).toLocalDate());
        audited(actor, issued, "ofd");
        return Downloads.of(file, issued.fileName("ofd"), Downloads.OFD);
    }

    private void audited(Actor actor, Notices.Issued issued, String format) {
        audit.record(
                actor,
                AuditEntry.of(
                                AuditAction.EXPORTED,
                                "notice",
                                issued.c().caseId().toString(),
                                issued.c().townshipCode())
                        .detail("sequence=" + issued.step().sequence() + " format=" + format));
    }
}
