package org.qingfeng.gateway.console;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the console reads of disposal's one JSON shape of a case ({@code CaseJson}): the standing
 * every list and detail carries, and in a detail the history and the notices. Labels come from
 * disposal, Chinese first. Tolerates fields it does not know and any it misses.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DisposalCase(
        @Nullable String caseId,
        long sequence,
        @Nullable String origin,
        @Nullable String findingId,
        List<String> itemIds,
        @Nullable String unitCode,
        @Nullable String unitName,
        @Nullable String townshipCode,
        @Nullable String recipientCode,
        @Nullable String recipientName,
        @Nullable String stationCode,
        @Nullable String post,
        @Nullable String ladder,
        @Nullable String ladderLabel,
        int rung,
        @Nullable String rungCode,
        @Nullable String rungLabel,
        @Nullable String colour,
        @Nullable String colourLabel,
        @Nullable String state,
        @Nullable String stateLabel,
        @Nullable Instant dueAt,
        @Nullable Instant acknowledgeBy,
        boolean overdue,
        @Nullable String severity,
        @Nullable String policyVersion,
        @Nullable Instant openedAt,
        @Nullable Instant updatedAt,
        List<Step> history,
        List<NoticeLink> notices) {

    public DisposalCase {
        itemIds = clean(itemIds);
        history = clean(history);
        notices = clean(notices);
    }

    public static <T> List<T> clean(@Nullable List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }

    /** The unit concerned by its name as disposal knows it, its code beneath. */
    public Named unit() {
        return named(unitName, unitCode);
    }

    /** The node notices go to and whose officers answer. */
    public Named recipient() {
        return named(recipientName, recipientCode);
    }

    /** A case that is closed or referred: nothing more is asked of anyone. */
    public boolean finished() {
        return "CLOSED".equals(state) || "REFERRED".equals(state);
    }

    private static Named named(@Nullable String name, @Nullable String code) {
        String known = Objects.toString(code, "");
        return new Named(name == null || name.isBlank() ? known : name, known);
    }

    /** One step of the case's life, as the detail's {@code history} gives it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Step(
            long sequence,
            @Nullable String step,
            @Nullable String stepLabel,
            @Nullable Instant occurredAt,
            @Nullable String actor,
            @Nullable String rungCode,
            @Nullable String colour,
            @Nullable String state,
            @Nullable Instant dueAt,
            @Nullable String reason,
            @Nullable String text,
            @Nullable String documentNumber,
            List<Attachment> attachments,
            @Nullable String talkKind,
            @Nullable Instant scheduledFor,
            @Nullable String confirmation) {

        public Step {
            attachments = clean(attachments);
        }
    }

    /** @param size in bytes, {@code -1} when disposal does not have the file (yet) */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Attachment(
            @Nullable String attachmentId, @Nullable String fileName, long size) {}

    /** A notice the case issued, with its two downloads (paths under {@code /api/cases/…}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NoticeLink(
            long sequence,
            @Nullable String documentNumber,
            @Nullable String title,
            @Nullable String pdf,
            @Nullable String ofd) {}
}
