package org.qingfeng.gateway.console.disposal;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.console.DisposalCase;
import org.qingfeng.gateway.console.LocalTimes;

/**
 * One step of a case's history as its page shows it: the step's label, when, who (a user id or
 * {@code disposal-service}, never a name), the reason and text, the document number, the talk, the
 * receipt holder's verdict and the files, each a download under {@code /api/cases/…}.
 */
record HistoryLine(
        long sequence,
        String step,
        String stepLabel,
        String occurredAt,
        String actor,
        String colour,
        String badge,
        String dueAt,
        String reason,
        String text,
        String documentNumber,
        @Nullable String talkKind,
        String scheduledFor,
        @Nullable String confirmation,
        List<FileLink> attachments) {

    static HistoryLine from(String caseId, DisposalCase.Step step, ZoneId zone) {
        String colour = Objects.toString(step.colour(), "");
        return new HistoryLine(
                step.sequence(),
                Objects.toString(step.step(), ""),
                Objects.toString(step.stepLabel(), Objects.toString(step.step(), "")),
                LocalTimes.format(step.occurredAt(), zone),
                Objects.toString(step.actor(), ""),
                colour,
                Colours.badgeOf(colour),
                LocalTimes.format(step.dueAt(), zone),
                Objects.toString(step.reason(), ""),
                Objects.toString(step.text(), ""),
                Objects.toString(step.documentNumber(), ""),
                step.talkKind(),
                LocalTimes.format(step.scheduledFor(), zone),
                step.confirmation(),
                step.attachments().stream()
                        .filter(file -> CaseIds.isId(file.attachmentId()))
                        .map(file -> FileLink.of(caseId, file))
                        .toList());
    }

    /** A reply's file: its download through the disposal route, which relays the user's token. */
    record FileLink(String href, String fileName, String size) {

        static FileLink of(String caseId, DisposalCase.Attachment file) {
            String id = Objects.toString(file.attachmentId(), "");
            return new FileLink(
                    "/api/cases/" + caseId + "/attachments/" + id,
                    Objects.toString(file.fileName(), id),
                    sizeOf(file.size()));
        }

        static String sizeOf(long bytes) {
            if (bytes < 0) {
                return "";
            }
            if (bytes < 1024) {
                return bytes + " B";
            }
            if (bytes < 1024 * 1024) {
                return Math.round(bytes / 1024.0) + " KB";
            }
            return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
        }
    }
}
