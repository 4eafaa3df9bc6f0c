package org.qingfeng.intake;

import java.time.Instant;
import java.util.UUID;
import org.qingfeng.contracts.intake.Channel;
import org.qingfeng.contracts.intake.ItemDetails;
import org.qingfeng.contracts.intake.RiskCategory;
import org.qingfeng.contracts.intake.SubmissionReceived;
import org.qingfeng.contracts.intake.SubmitterKind;
import org.qingfeng.contracts.intake.Urgency;
import org.qingfeng.intake.submission.rules.SubmissionDraft;

/** Submissions that pass every rule against {@link NetworkFixtures#anyNetwork()}, and their records. */
public final class SubmissionFixtures {

    public static final String DESCRIPTION = "村集体资金使用未按规定公示。";

    private SubmissionFixtures() {}

    public static SubmissionDraft anySubmissionDraft() {
        return new SubmissionDraft(
                NetworkFixtures.VILLAGE, NetworkFixtures.DEPARTMENT, "work-style", null, null, null, null, DESCRIPTION);
    }

    public static SubmissionDraft anySubmissionDraftDescribing(String description) {
        SubmissionDraft d = anySubmissionDraft();
        return new SubmissionDraft(d.regionCode(), d.unitCode(), d.subjectArea(), null, null, null, null, description);
    }

    public static SubmissionDraft anySubmissionDraftAt(String regionCode, String unitCode) {
        return new SubmissionDraft(regionCode, unitCode, "work-style", null, null, null, null, DESCRIPTION);
    }

    /** A record as the submission log holds it, for a new item. */
    public static SubmissionReceived anySubmissionReceived() {
        return new SubmissionReceived(
                UUID.randomUUID(),
                Instant.parse("2026-11-03T01:15:30Z"),
                UUID.randomUUID(),
                "digest-" + UUID.randomUUID(),
                SubmitterKind.ANONYMOUS,
                new ItemDetails(
                        NetworkFixtures.VILLAGE,
                        NetworkFixtures.TOWNSHIP,
                        NetworkFixtures.DEPARTMENT,
                        "work-style",
                        RiskCategory.POST_DUTIES,
                        Urgency.ROUTINE,
                        Channel.WEB_FORM,
                        DESCRIPTION,
                        null),
                null);
    }
}
