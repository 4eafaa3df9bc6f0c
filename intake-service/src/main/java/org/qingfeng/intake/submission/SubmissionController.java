package org.qingfeng.intake.submission;

import java.net.URI;
import org.qingfeng.intake.submission.rules.SubmissionDraft;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/items}: {@code 202} with the item id and receipt once the submission is durable. */
@RestController
class SubmissionController {

    private final SubmissionService submissions;

    SubmissionController(SubmissionService submissions) {
        this.submissions = submissions;
    }

    /** Open to anyone, with or without a token. */
    @PreAuthorize("permitAll()")
    @PostMapping(path = "/api/items", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SubmissionAccepted> submit(@RequestBody SubmissionDraft draft) {
        SubmissionAccepted accepted = submissions.submit(draft);
        return ResponseEntity.accepted()
                .location(URI.create("/api/items/" + accepted.itemId()))
                .body(accepted);
    }
}
