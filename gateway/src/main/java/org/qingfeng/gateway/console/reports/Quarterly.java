package org.qingfeng.gateway.console.reports;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What the console reads of analysis's {@code GET /api/reports/quarterly/{yyyy-Qn}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record Quarterly(
        @Nullable String quarter,
        @Nullable String stationCode,
        @Nullable Boolean closed,
        @Nullable Long revision,
        @Nullable String workDynamics,
        @Nullable String salientProblems,
        @Nullable String handlingStatus,
        @Nullable Parts suggested,
        List<Table> tables) {

    Quarterly {
        tables = tables == null
                ? List.of()
                : tables.stream().filter(Objects::nonNull).toList();
    }

    /** The three parts a person edits: the draft where there is one, else analysis's suggestion. */
    Parts shown() {
        Parts suggestion = suggested == null ? new Parts(null, null, null) : suggested;
        return new Parts(
                either(workDynamics, suggestion.workDynamics()),
                either(salientProblems, suggestion.salientProblems()),
                either(handlingStatus, suggestion.handlingStatus()));
    }

    /** Public for the template: the quarter is closed, so the draft can no longer change. */
    public boolean isClosed() {
        return Boolean.TRUE.equals(closed);
    }

    private static String either(@Nullable String draft, @Nullable String suggested) {
        return draft != null && !draft.isBlank() ? draft : Objects.toString(suggested, "");
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Parts(
            @Nullable String workDynamics,
            @Nullable String salientProblems,
            @Nullable String handlingStatus) {}

    /** One of the report's tables: a title, its columns and its rows of cells (text or numbers). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Table(@Nullable String title, List<String> columns, List<List<Object>> rows) {

        Table {
            columns = columns == null
                    ? List.of()
                    : columns.stream().map(c -> Objects.toString(c, "")).toList();
            rows = rows == null
                    ? List.of()
                    : rows.stream()
                            .filter(Objects::nonNull)
                            .map(row -> row.stream()
                                    .map(cell -> (Object) Objects.toString(cell, ""))
                                    .toList())
                            .toList();
        }
    }
}
