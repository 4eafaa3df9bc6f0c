package org.qingfeng.intake.submission;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.intake.IntakeProperties;
import org.qingfeng.intake.attachment.AttachmentUpload;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;
import org.qingfeng.intake.submission.rules.SubmissionDraft;
import org.qingfeng.intake.web.PayloadTooLarge;
import org.qingfeng.support.security.Actors;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /api/items} as {@code multipart/form-data}, for a submission with files: part {@code
 * item} holds the same JSON as the plain form (as a JSON part or a form field), parts {@code files}
 * the files. The same path as the JSON form, the same limits on the item, the same answer; the files
 * are checked, stripped and sealed by the submission service's attachment store.
 */
@RestController
class MultipartSubmissionController {

    static final String ITEM = "item";
    static final String FILES = "files";

    private final SubmissionService submissions;
    private final JsonMapper json;
    private final DataSize itemLimit;

    MultipartSubmissionController(SubmissionService submissions, JsonMapper json, IntakeProperties properties) {
        this.submissions = submissions;
        this.json = json;
        this.itemLimit = properties.maxSubmissionSize();
    }

    /** Open to anyone, with or without a token. */
    @PreAuthorize("permitAll()")
    @PostMapping(path = "/api/items", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<SubmissionAccepted> submit(
            MultipartHttpServletRequest request,
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Nullable String idempotencyKey)
            throws IOException, ServletException {
        SubmissionDraft draft = draftOf(request);
        if (draft.channel() != null && !SubmissionController.OPEN_CHANNELS.contains(draft.channel())) {
            throw new RulesViolated(List.of(new Violation(
                    "channel",
                    "此处只能是 API 或 WEB_FORM，其他渠道由工作人员录入 / only API or WEB_FORM here; staff enter the other channels")));
        }
        SubmissionContext context = SubmissionContext.retriedAs(
                        IdempotencyKeys.scope("http", Actors.current(), idempotencyKey))
                .withAttachments(uploads(request.getFiles(FILES)));
        SubmissionAccepted accepted = submissions.submit(draft, context);
        return ResponseEntity.accepted()
                .location(URI.create("/api/items/" + accepted.itemId()))
                .cacheControl(CacheControl.noStore())
                .body(accepted);
    }

    /** The {@code item} part, read as UTF-8 JSON whatever charset the container would give a form field. */
    private SubmissionDraft draftOf(MultipartHttpServletRequest request) throws IOException, ServletException {
        Part part = request.getPart(ITEM);
        if (part == null) {
            throw new RulesViolated(List.of(new Violation(ITEM, "必填 / required")));
        }
        if (part.getSize() > itemLimit.toBytes()) {
            throw new PayloadTooLarge(itemLimit);
        }
        byte[] body;
        try (InputStream in = part.getInputStream()) {
            body = in.readNBytes(Math.toIntExact(itemLimit.toBytes()) + 1);
        }
        if (body.length > itemLimit.toBytes()) {
            throw new PayloadTooLarge(itemLimit);
        }
        try {
            return json.readValue(body, SubmissionDraft.class);
        } catch (JacksonException e) {
            throw new HttpMessageNotReadableException(
                    "the item part is not a submission", e, new ServletServerHttpRequest(request));
        }
    }

    /** A form's empty file field (no name, no bytes) is no file. */
    private static List<AttachmentUpload> uploads(List<MultipartFile> files) throws IOException {
        List<AttachmentUpload> uploads = new ArrayList<>(files.size());
        for (MultipartFile file : files) {
            String name = file.getOriginalFilename();
            if ((name == null || name.isEmpty()) && file.isEmpty()) {
                continue;
            }
            uploads.add(new AttachmentUpload(name == null ? "" : name, file.getContentType(), file.getBytes()));
        }
        return uploads;
    }
}
