package org.qingfeng.analysis.followup.rules;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.qingfeng.contracts.intake.FollowUpRecorded;

/**
 * A submitter's verdict on whether the problem an item raised was really fixed. Only the verdict is
 * kept: the comment is the submitter's own words, confidential content that stays in intake.
 *
 * @param followUpId the confirmation this verdict came from
 * @param confirmedAt when the submitter gave it
 */
public record ItemConfirmation(
        UUID itemId, UUID followUpId, FollowUpRecorded.Rectified rectified, Instant confirmedAt) {

    /** The verdict a follow-up step carries: only a confirmation with a verdict carries one. */
    public static Optional<ItemConfirmation> from(FollowUpRecorded step) {
        if (step.kind() != FollowUpRecorded.Kind.CONFIRMATION || step.rectified() == null) {
            return Optional.empty();
        }
        return Optional.of(new ItemConfirmation(step.itemId(), step.followUpId(), step.rectified(), step.occurredAt()));
    }

    /**
     * Whether this verdict replaces {@code other} as the item's standing one: a submitter may confirm
     * again as a rectification progresses, and the newest counts; at the same instant the greater id
     * wins, so every replay and every order of delivery ends on the same verdict.
     */
    public boolean supersedes(ItemConfirmation other) {
        int byTime = confirmedAt.compareTo(other.confirmedAt);
        return byTime > 0 || (byTime == 0 && followUpId.toString().compareTo(other.followUpId.toString()) > 0);
    }
}
