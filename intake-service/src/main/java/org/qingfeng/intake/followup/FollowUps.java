package org.qingfeng.intake.followup;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.FollowUpRecorded;
import org.qingfeng.intake.web.AcknowledgedSends;
import org.springframework.stereotype.Component;

/**
 * Records each step of a follow-up on {@code intake.item-follow-up.v1}, keyed by item id so an item's
 * conversation stays in order, and returns once the broker acknowledged it. A step sent with an
 * idempotency scope gets an id derived from it, so a retry records the same step again (the
 * projection keeps the first); without one, a fresh id.
 */
@Component
class FollowUps {

    private final AcknowledgedSends sends;
    private final Clock clock;

    FollowUps(AcknowledgedSends sends, Clock clock) {
        this.sends = sends;
        this.clock = clock;
    }

    UUID ask(UUID itemId, String askedBy, String text, @Nullable String scope) {
        return record(itemId, FollowUpRecorded.Kind.QUESTION, null, text, askedBy, null, scope);
    }

    UUID answer(UUID itemId, UUID questionId, String text, @Nullable String scope) {
        return record(itemId, FollowUpRecorded.Kind.ANSWER, questionId, text, null, null, scope);
    }

    UUID confirm(UUID itemId, FollowUpRecorded.Rectified rectified, String comment, @Nullable String scope) {
        return record(itemId, FollowUpRecorded.Kind.CONFIRMATION, null, comment, null, rectified, scope);
    }

    private UUID record(
            UUID itemId,
            FollowUpRecorded.Kind kind,
            @Nullable UUID questionId,
            String text,
            @Nullable String askedBy,
            FollowUpRecorded.@Nullable Rectified rectified,
            @Nullable String scope) {
        UUID followUpId = scope == null ? UUID.randomUUID() : EventIds.derive("follow-up", scope);
        FollowUpRecorded step = new FollowUpRecorded(
                EventIds.derive(Topics.FOLLOW_UP_RECORDED.eventType(), followUpId),
                clock.instant(),
                itemId,
                followUpId,
                kind,
                questionId,
                text,
                askedBy,
                rectified);
        sends.sendAll(
                List.of(new ProducerRecord<>(Topics.FOLLOW_UP_RECORDED.name(), itemId.toString(), step)), "follow-up");
        return followUpId;
    }
}
