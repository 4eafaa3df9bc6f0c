package org.qingfeng.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.analysis.ItemTriaged;
import org.qingfeng.contracts.analysis.TriageDecision;
import org.qingfeng.contracts.disposal.WarningColour;
import org.qingfeng.contracts.disposal.WarningIssued;
import org.qingfeng.contracts.intake.Channel;
import org.qingfeng.contracts.intake.ItemDetails;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.contracts.intake.RiskCategory;
import org.qingfeng.contracts.intake.SubmitterKind;
import org.qingfeng.contracts.intake.Urgency;

/** Items, decisions and warnings shaped like the golden events, ids derived as their producers derive them. */
public final class ItemFixtures {

    private ItemFixtures() {}

    /** An anonymous item, submitted mid-November 2026. */
    public static ItemSubmitted anyItem() {
        return item(UUID.randomUUID(), SubmitterKind.ANONYMOUS, null, Instant.parse("2026-11-03T01:15:30Z"), null);
    }

    /** An anonymous item from {@code regionCode} in {@code townshipCode}, submitted mid-November 2026. */
    public static ItemSubmitted anyItemFrom(String regionCode, String townshipCode) {
        UUID itemId = UUID.randomUUID();
        ItemDetails details = new ItemDetails(
                regionCode,
                townshipCode,
                townshipCode,
                "work-style",
                RiskCategory.POST_DUTIES,
                Urgency.ROUTINE,
                Channel.WEB_FORM,
                "村集体资金使用未按规定公示。",
                null);
        return new ItemSubmitted(
                EventIds.derive("item-submitted", itemId),
                Instant.parse("2026-11-03T01:15:30Z"),
                itemId,
                SubmitterKind.ANONYMOUS,
                details,
                null);
    }

    /** An informant's item submitted at {@code submittedAt} about something that happened on {@code occurredOn}. */
    public static ItemSubmitted informantItem(String token, Instant submittedAt, @Nullable LocalDate occurredOn) {
        return item(UUID.randomUUID(), SubmitterKind.INFORMANT, token, submittedAt, occurredOn);
    }

    /** Submitted at 10:00 Beijing time on {@code day}. */
    public static Instant at10(LocalDate day) {
        return day.atTime(2, 0).toInstant(ZoneOffset.UTC);
    }

    public static ItemTriaged triaged(UUID itemId, int sequence, TriageDecision decision) {
        return triaged(itemId, sequence, decision, null);
    }

    public static ItemTriaged triaged(UUID itemId, int sequence, TriageDecision decision, @Nullable UUID related) {
        boolean needsReason = decision == TriageDecision.UNFOUNDED || decision == TriageDecision.MALICIOUS;
        return new ItemTriaged(
                EventIds.derive("item-triaged", itemId + "#" + sequence),
                Instant.parse("2026-11-05T06:20:00Z").plusSeconds(sequence),
                itemId,
                sequence,
                decision,
                needsReason ? "经核查与事实不符。" : null,
                related);
    }

    public static WarningIssued warned(UUID itemId) {
        UUID warningId = EventIds.derive("warning", itemId);
        return new WarningIssued(
                EventIds.derive("warning-issued", warningId),
                Instant.parse("2026-11-03T01:15:31Z"),
                warningId,
                itemId,
                "330281-D03",
                "330281-101",
                WarningColour.BLUE,
                "placeholder-1",
                "常规事项：要求书面说明 / routine item: ask for a written explanation");
    }

    private static ItemSubmitted item(
            UUID itemId,
            SubmitterKind kind,
            @Nullable String token,
            Instant submittedAt,
            @Nullable LocalDate occurredOn) {
        ItemDetails details = new ItemDetails(
                "330281-101-001",
                "330281-101",
                "330281-D03",
                "work-style",
                RiskCategory.POST_DUTIES,
                Urgency.ROUTINE,
                Channel.WEB_FORM,
                "村集体资金使用未按规定公示。",
                occurredOn);
        return new ItemSubmitted(EventIds.derive("item-submitted", itemId), submittedAt, itemId, kind, details, token);
    }
}
