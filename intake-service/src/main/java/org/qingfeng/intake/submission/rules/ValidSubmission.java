package org.qingfeng.intake.submission.rules;

import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.ItemDetails;
import org.qingfeng.contracts.intake.SubmitterKind;

/**
 * A submission that passed every rule, with its reporting point derived, defaults filled in and
 * its text normalised (NFC).
 *
 * @param concerns the post or person named, to be sealed
 * @param contact the submitter's own way to be reached, to be sealed
 */
public record ValidSubmission(
        SubmitterKind submitterKind,
        ItemDetails item,
        @Nullable String informantToken,
        @Nullable String concerns,
        @Nullable String contact) {

    /** Neither the item's description, which is never logged, nor the token, the concerns or the contact. */
    @Override
    public String toString() {
        return "ValidSubmission[" + item.regionCode() + ", " + item.subjectArea() + ", " + submitterKind + "]";
    }
}
