package org.qingfeng.gateway.console.item;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.console.LocalTimes;

/**
 * The rows of the page's sections. A row whose id is not an id intake issues is left out rather
 * than put into a link.
 */
final class Lines {

    private Lines() {}

    /** A file and its link through the gateway's {@code intake} route, which relays the session's token. */
    record AttachmentLine(String fileName, String mediaType, String size, String href) {}

    /** Another item and how it relates to this one, the similarity as a whole percentage. */
    record MatchLine(String itemId, String relation, String similarity) {}

    /**
     * One step of the follow-up: a question (with who asked, a staff user id), an answer to one, or
     * the submitter's confirmation with how far the problem was fixed.
     */
    record StepLine(
            String kind,
            String text,
            String at,
            @Nullable String askedBy,
            @Nullable String rectified) {}

    static List<AttachmentLine> attachments(String itemId, Attachments read) {
        return read.attachments().stream()
                .filter(a -> a.attachmentId() != null && ItemIds.valid(a.attachmentId()))
                .map(a -> new AttachmentLine(
                        Objects.toString(a.fileName(), a.attachmentId()),
                        Objects.toString(a.mediaType(), ""),
                        size(a.size()),
                        "/api/items/" + itemId + "/attachments/" + a.attachmentId()))
                .toList();
    }

    static List<MatchLine> matches(Matches read) {
        return read.matches().stream()
                .filter(m -> m.itemId() != null && ItemIds.valid(m.itemId()))
                .map(m -> new MatchLine(
                        m.itemId(), Objects.toString(m.relation(), ""), Math.round(m.similarity() * 100) + "%"))
                .toList();
    }

    static List<StepLine> steps(FollowUps read, ZoneId zone) {
        return read.thread().stream()
                .map(step -> new StepLine(
                        Objects.toString(step.kind(), ""),
                        Objects.toString(step.text(), ""),
                        LocalTimes.format(step.at(), zone),
                        step.askedBy(),
                        step.rectified()))
                .toList();
    }

    /** Bytes as people read them: 512 B, 12.3 KB, 4.5 MB. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
