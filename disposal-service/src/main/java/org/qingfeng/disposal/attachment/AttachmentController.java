package org.qingfeng.disposal.attachment;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.disposal.attachment.AttachmentStore.StoredFile;
import org.qingfeng.disposal.cases.CaseNotFound;
import org.qingfeng.disposal.cases.CaseView;
import org.qingfeng.disposal.cases.Cases;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Actors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case file for download, to work-station staff in scope of the case and to the recipient department
 * ({@link CaseAccess}); a case or file the caller may not see answers as an unknown one. Every download
 * is on the audit trail ({@code EXPORTED}, ids only) before the bytes leave.
 */
@RestController
class AttachmentController {

    private final ObjectProvider<Cases> cases;
    private final CaseAccess access;
    private final CaseFileDownloads downloads;
    private final AuditTrail audit;

    AttachmentController(
            ObjectProvider<Cases> cases, CaseAccess access, CaseFileDownloads downloads, AuditTrail audit) {
        this.cases = cases;
        this.access = access;
        this.downloads = downloads;
        this.audit = audit;
    }

    @GetMapping("/api/cases/{caseId}/attachments/{attachmentId}")
    @PreAuthorize("hasAnyRole('WORK_STATION_STAFF','DEPARTMENT_OFFICER')")
    ResponseEntity<byte[]> download(@PathVariable UUID caseId, @PathVariable UUID attachmentId) {
        Actor actor = Actors.current();
        Cases all = cases.getIfAvailable();
        CaseView found = (all == null ? null : all.find(caseId).orElse(null));
        if (found == null || !access.mayRead(actor, found)) {
            throw new CaseNotFound(caseId);
        }
        StoredFile file = downloads.file(caseId, attachmentId).orElseThrow(() -> new CaseNotFound(caseId));
        byte[] content = downloads.content(file);
        audit.record(
                actor,
                AuditEntry.of(AuditAction.EXPORTED, "case-attachment", attachmentId.toString(), found.recipientCode())
                        .detail("case=" + caseId));
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(content.length)
                .body(content);
    }
}
