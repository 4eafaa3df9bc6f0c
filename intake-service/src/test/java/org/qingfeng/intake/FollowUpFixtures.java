package org.qingfeng.intake;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.qingfeng.contracts.disposal.WarningColour;
import org.qingfeng.contracts.disposal.WarningIssued;

/** Bodies of the follow-up endpoints, and the warning that makes a rectification confirmable. */
public final class FollowUpFixtures {

    public static final String QUESTION = "请补充资金未公示的具体时间段。";
    public static final String ANSWER = "2026年7月至9月的支出均未公示。";
    public static final String COMMENT = "公示栏已补充张贴，但九月的支出仍缺。";

    private FollowUpFixtures() {}

    public static Map<String, Object> anyQuestion(Object itemId) {
        return Map.of("itemId", itemId.toString(), "text", QUESTION);
    }

    public static Map<String, Object> anyAnswer(String receipt, Object questionId) {
        return Map.of("receipt", receipt, "questionId", questionId.toString(), "text", ANSWER);
    }

    public static Map<String, Object> anyConfirmation(String receipt) {
        return Map.of("receipt", receipt, "rectified", "PARTLY", "comment", COMMENT);
    }

    public static WarningIssued anyWarningAbout(UUID itemId) {
        return new WarningIssued(
                UUID.randomUUID(),
                Instant.parse("2026-11-04T08:00:00Z"),
                UUID.randomUUID(),
                itemId,
                NetworkFixtures.DEPARTMENT,
                NetworkFixtures.TOWNSHIP,
                WarningColour.YELLOW,
                "test-1",
                "a reason");
    }
}
