package org.qingfeng.analysis.followup;

import java.time.Instant;
import java.util.UUID;
import org.qingfeng.contracts.intake.FollowUpRecorded;

/** Follow-up steps as intake publishes them. */
public final class FollowUpFixtures {

    private FollowUpFixtures() {}

    public static FollowUpRecorded anyQuestion(UUID itemId) {
        return new FollowUpRecorded(
                UUID.randomUUID(),
                Instant.parse("2026-11-10T06:02:11Z"),
                itemId,
                UUID.randomUUID(),
                FollowUpRecorded.Kind.QUESTION,
                null,
                "请补充资金未公示的具体时间段。",
                "u-7c1e2a",
                null);
    }

    public static FollowUpRecorded anyConfirmation(UUID itemId, FollowUpRecorded.Rectified rectified, Instant at) {
        return new FollowUpRecorded(
                UUID.randomUUID(),
                at,
                itemId,
                UUID.randomUUID(),
                FollowUpRecorded.Kind.CONFIRMATION,
                null,
                "公示栏已补充张贴，但九月的支出仍缺。",
                null,
                rectified);
    }
}
