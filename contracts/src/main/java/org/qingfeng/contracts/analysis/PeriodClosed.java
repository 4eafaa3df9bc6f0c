package org.qingfeng.contracts.analysis;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A work station closed or reopened a month or a quarter. A close freezes the figures as they
 * stand; a reopening starts the next version, and the figures of a version never change. The key is
 * {@code stationCode|period}; the event id is derived from key and version and state.
 *
 * @param period {@code yyyy-MM} or {@code yyyy-Qn}
 * @param version 1 for the first close; a reopening carries the version it opens, the next close it
 * @param figures for {@code CLOSED}: every published number, by table and key; empty on reopening
 * @param digest SHA-256 over the figures in order, so two versions can be compared at a glance
 * @param reason why it was reopened; null on a close
 * @param actor the staff account, a subject id
 */
public record PeriodClosed(
        UUID eventId,
        Instant occurredAt,
        String stationCode,
        String period,
        int version,
        State state,
        List<Figure> figures,
        @Nullable String digest,
        @Nullable String reason,
        String actor) {

    public enum State {
        CLOSED,
        REOPENED
    }

    /**
     * One frozen number.
     *
     * @param table such as {@code by-township}, {@code by-subject}, {@code findings}, {@code index}
     * @param key the row, such as {@code 330281-101|work-style}
     * @param value the number; for a suppressed cell the figure is {@code -1}
     */
    public record Figure(String table, String key, double value) {}
}
