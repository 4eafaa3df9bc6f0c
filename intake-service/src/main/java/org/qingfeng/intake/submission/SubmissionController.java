package org.qingfeng.intake.submission;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.Channel;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;
import org.qingfeng.intake.submission.rules.SubmissionDraft;
import org.qingfeng.support.security.Actors;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/items}: {@code 202} with the item id and receipt once the submission is durable.
 * The answer holds the receipt, so it is never stored by a cache; a retry with the same {@code
 * Idempotency-Key} gets the same item and receipt.
 */
@RestController
class SubmissionController {

    /** What a sender may say they used here; letters, calls and visits are entered by staff. */
    static final Set<Channel> OPEN_CHANNELS = EnumSet.of(Channel.API, Channel.WEB_FORM);

    private final SubmissionService submissions;

    SubmissionController(SubmissionService submissions) {
        this.submissions = submissions;
    }

    /** Open to anyone, with or without a token. */
    @PreAuthorize("permitAll()")
    @PostMapping(path = "/api/items", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SubmissionAccepted> submit(
            @RequestBody SubmissionDraft draft,
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Nullable String idempotencyKey) {
        if (draft.channel() != null && !OPEN_CHANNELS.contains(draft.channel())) {
            throw new RulesViolated(List.of(new Violation(
                    "channel",
                    "此处只能是 API 或 WEB_FORM，其他渠道由工作人员录入 / only API or WEB_FORM here; staff enter the other channels")));
        }
        SubmissionContext context =
                SubmissionContext.retriedAs(IdempotencyKeys.scope("http", Actors.current(), idempotencyKey));
        SubmissionAccepted accepted = submissions.submit(draft, context);
        return ResponseEntity.accepted()
                .location(URI.create("/api/items/" + accepted.itemId()))
                .cacheControl(CacheControl.noStore())
                .body(accepted);
    }
}
