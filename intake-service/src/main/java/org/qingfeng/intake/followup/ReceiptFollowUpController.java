package org.qingfeng.intake.followup;

import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.FollowUpRecorded;
import org.qingfeng.intake.followup.rules.Confirmations;
import org.qingfeng.intake.followup.rules.FollowUpTexts;
import org.qingfeng.intake.item.FollowedItems;
import org.qingfeng.intake.item.RegisteredItem;
import org.qingfeng.intake.submission.IdempotencyKeys;
import org.qingfeng.intake.web.NotFound;
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
 * The receipt holder's side: answer a question, confirm a rectification. The receipt is the only
 * proof, carried in the body; a missing one is a {@code 400}, a wrong or malformed one the same
 * {@code 404} as on the status. Nothing about the caller is recorded.
 *
 * <p>An answer names a question that must already be in the {@code follow_ups} projection: the
 * question reached the holder through the status answer, which reads that projection, so a question
 * the holder can see is one the answer finds. An id not (yet) there is a {@code 404}.
 */
@RestController
class ReceiptFollowUpController {

    private final FollowedItems items;
    private final FollowUps followUps;
    private final FollowUpStore store;

    ReceiptFollowUpController(FollowedItems items, FollowUps followUps, FollowUpStore store) {
        this.items = items;
        this.followUps = followUps;
        this.store = store;
    }

    @PreAuthorize("permitAll()")
    @PostMapping(path = "/api/receipts/answers", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Recorded> answer(
            @RequestBody AnswerBody body,
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Nullable String idempotencyKey) {
        Fields fields = new Fields();
        String receipt = fields.receipt(body.receipt());
        UUID questionId = fields.id("questionId", body.questionId());
        String text = fields.text(() -> FollowUpTexts.required("text", body.text()));
        fields.check();
        UUID itemId = itemOf(Objects.requireNonNull(receipt));
        if (!store.isQuestionOf(itemId, Objects.requireNonNull(questionId))) {
            throw new NotFound("此事项没有这个问题 / This item has no such question");
        }
        String scope = IdempotencyKeys.scope("answer:" + itemId, Actors.current(), idempotencyKey);
        return recorded(followUps.answer(itemId, questionId, Objects.requireNonNull(text), scope));
    }

    @PreAuthorize("permitAll()")
    @PostMapping(path = "/api/receipts/confirmation", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Recorded> confirm(
            @RequestBody ConfirmationBody body,
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Nullable String idempotencyKey) {
        Fields fields = new Fields();
        String receipt = fields.receipt(body.receipt());
        FollowUpRecorded.Rectified rectified = fields.rectified(body.rectified());
        String comment = fields.text(() -> FollowUpTexts.optional("comment", body.comment()));
        fields.check();
        RegisteredItem item = items.registered(itemOf(Objects.requireNonNull(receipt)))
                .orElseThrow(() -> new NotFound(FollowedItems.NO_ITEM_FOR_RECEIPT));
        if (!Confirmations.canConfirm(item.status())) {
            throw new NotYetConfirmable();
        }
        String scope = IdempotencyKeys.scope("confirmation:" + item.itemId(), Actors.current(), idempotencyKey);
        return recorded(followUps.confirm(
                item.itemId(), Objects.requireNonNull(rectified), Objects.requireNonNull(comment), scope));
    }

    private UUID itemOf(String receipt) {
        return items.itemOfTyped(receipt).orElseThrow(() -> new NotFound(FollowedItems.NO_ITEM_FOR_RECEIPT));
    }

    private static ResponseEntity<Recorded> recorded(UUID followUpId) {
        return ResponseEntity.accepted().cacheControl(CacheControl.noStore()).body(new Recorded(followUpId));
    }

    record AnswerBody(
            @Nullable String receipt,
            @Nullable String questionId,
            @Nullable String text) {}

    record ConfirmationBody(
            @Nullable String receipt,
            @Nullable String rectified,
            @Nullable String comment) {}
}
