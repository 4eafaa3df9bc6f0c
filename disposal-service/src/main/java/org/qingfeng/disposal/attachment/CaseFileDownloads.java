package org.qingfeng.disposal.attachment;

import java.util.Optional;
import java.util.UUID;
import org.qingfeng.disposal.attachment.AttachmentStore.StoredFile;
import org.qingfeng.disposal.attachment.rules.Chunks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/** A stored file put together again, only when it is whole and its digest is the one it was uploaded with. */
@Component
class CaseFileDownloads {

    private static final Logger log = LoggerFactory.getLogger(CaseFileDownloads.class);

    private final AttachmentStore store;

    CaseFileDownloads(AttachmentStore store) {
        this.store = store;
    }

    /** The file of {@code caseId} with that id, or empty when the case has no such file. */
    Optional<StoredFile> file(UUID caseId, UUID attachmentId) {
        return store.file(attachmentId).filter(f -> f.caseId().equals(caseId));
    }

    /**
     * @throws ErrorResponseException {@code 503} while chunks are still being projected, {@code 500} when the
     *     joined bytes are not the uploaded file
     */
    byte[] content(StoredFile file) {
        byte[] content = Chunks.join(store.chunks(file).orElseThrow(() -> incomplete(file)), file.size(), file.sha256())
                .orElse(null);
        if (content == null) {
            log.error("Case file {} of case {} failed its sha256 check", file.attachmentId(), file.caseId());
            throw new ErrorResponseException(HttpStatus.INTERNAL_SERVER_ERROR, damaged(), null);
        }
        return content;
    }

    private static ErrorResponseException incomplete(StoredFile file) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, "文件尚未存储完毕，请稍后重试 / The file is not completely stored yet, retry later");
        ErrorResponseException e = new ErrorResponseException(HttpStatus.SERVICE_UNAVAILABLE, problem, null);
        e.getHeaders().set("Retry-After", "5");
        return e;
    }

    private static ProblemDetail damaged() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "文件校验失败，无法提供 / The stored file failed its checksum and is not served");
        problem.setTitle("文件已损坏 / File damaged");
        return problem;
    }
}
