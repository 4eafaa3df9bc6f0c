package org.qingfeng.disposal.cases;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.disposal.WarningColour;
import org.qingfeng.contracts.intake.FollowUpRecorded;
import org.qingfeng.disposal.network.NodeDirectory;

/**
 * The one JSON shape of a case, for the station's list and the department's inbox alike; the
 * detail adds the history and the notices. Names come from disposal's own network.
 */
public record CaseJson(
        UUID caseId,
        long sequence,
        CaseStepped.Origin origin,
        @Nullable UUID findingId,
        List<UUID> itemIds,
        String unitCode,
        String unitName,
        String townshipCode,
        String recipientCode,
        String recipientName,
        String stationCode,
        @Nullable String post,
        String ladder,
        String ladderLabel,
        int rung,
        String rungCode,
        String rungLabel,
        WarningColour colour,
        String colourLabel,
        CaseStepped.State state,
        String stateLabel,
        @Nullable Instant dueAt,
        @Nullable Instant acknowledgeBy,
        boolean overdue,
        Severity severity,
        String policyVersion,
        Instant openedAt,
        Instant updatedAt,
        @Nullable List<HistoryJson> history,
        @Nullable List<NoticeJson> notices) {

    /** A list row: no history, no notices. */
    public static CaseJson row(CaseView c, NodeDirectory names, Instant now) {
        return of(c, names, now, null, null);
    }

    /**
     * The detail.
     *
     * @param attachments the stored files of the case by id, for the names and sizes shown in the history
     * @param noticeTitle the title of the notice a NOTICE_ISSUED step issued
     */
    public static CaseJson detail(
            CaseView c,
            NodeDirectory names,
            Instant now,
            Map<UUID, AttachmentJson> attachments,
            Function<CaseStepped, String> noticeTitle) {
        List<HistoryJson> history =
                c.history().stream().map(s -> HistoryJson.of(s, attachments)).toList();
        List<NoticeJson> notices = c.notices().stream()
                .map(s -> new NoticeJson(
                        s.sequence(),
                        s.documentNumber(),
                        noticeTitle.apply(s),
                        "/api/cases/" + c.caseId() + "/notices/" + s.sequence() + ".pdf",
                        "/api/cases/" + c.caseId() + "/notices/" + s.sequence() + ".ofd"))
                .toList();
        return of(c, names, now, history, notices);
    }

    private static CaseJson of(
            CaseView c,
            NodeDirectory names,
            Instant now,
            @Nullable List<HistoryJson> history,
            @Nullable List<NoticeJson> notices) {
        return new CaseJson(
                c.caseId(),
                c.sequence(),
                c.origin(),
                c.findingId(),
                c.itemIds(),
                c.unitCode(),
                names.nameOf(c.unitCode()),
                c.townshipCode(),
                c.recipientCode(),
                names.nameOf(c.recipientCode()),
                c.stationCode(),
                c.post(),
                c.ladder(),
                CaseLabels.ladder(c.ladder()),
                c.rung(),
                c.rungCode(),
                CaseLabels.rung(c.rungCode()),
                c.colour(),
                CaseLabels.colour(c.colour()),
                c.state(),
                CaseLabels.state(c.state()),
                c.dueAt(),
                c.acknowledgeBy(),
                c.overdue(now),
                c.severity(),
                c.policyVersion(),
                c.openedAt(),
                c.updatedAt(),
                history,
                notices);
    }

    public record HistoryJson(
            long sequence,
            CaseStepped.Step step,
            String stepLabel,
            Instant occurredAt,
            String actor,
            String rungCode,
            WarningColour colour,
            CaseStepped.State state,
            @Nullable Instant dueAt,
            String reason,
            @Nullable String text,
            @Nullable String documentNumber,
            List<AttachmentJson> attachments,
            CaseStepped.@Nullable TalkKind talkKind,
            @Nullable Instant scheduledFor,
            FollowUpRecorded.@Nullable Rectified confirmation) {

        static HistoryJson of(CaseStepped s, Map<UUID, AttachmentJson> attachments) {
            return new HistoryJson(
                    s.sequence(),
                    s.step(),
                    CaseLabels.step(s.step()),
                    s.occurredAt(),
                    s.actor(),
                    s.rungCode(),
                    s.colour(),
                    s.state(),
                    s.dueAt(),
                    s.reason(),
                    s.text(),
                    s.documentNumber(),
                    s.attachmentIds().stream()
                            .map(id -> attachments.getOrDefault(id, new AttachmentJson(id, id.toString(), -1)))
                            .toList(),
                    s.talkKind(),
                    s.scheduledFor(),
                    s.confirmation());
        }
    }

    /** @param size in bytes, {@code -1} when the file is not (yet) in the store */
    public record AttachmentJson(UUID attachmentId, String fileName, long size) {}

    public record NoticeJson(long sequence, @Nullable String documentNumber, String title, String pdf, String ofd) {}
}
