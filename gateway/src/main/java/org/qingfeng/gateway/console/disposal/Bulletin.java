package org.qingfeng.gateway.console.disposal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.console.DisposalCase;

/** Disposal's {@code GET /api/bulletins/{yyyy-MM}}: the month's 整改情况通报 as rows and totals. */
@JsonIgnoreProperties(ignoreUnknown = true)
record Bulletin(
        @Nullable String month, List<Row> rows, @Nullable Totals totals) {

    Bulletin {
        rows = DisposalCase.clean(rows);
    }

    /** One case of the month: dates are days ({@code yyyy-MM-dd}) as disposal wrote them. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Row(
            @Nullable String unitName,
            @Nullable String rungLabel,
            @Nullable String colour,
            @Nullable String state,
            @Nullable String opened,
            @Nullable String dueOn,
            @Nullable String repliedOn,
            @Nullable String closedOn) {

        /** Public for the template: the colour's badge. */
        public String badge() {
            return Colours.badgeOf(colour == null ? "" : colour);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Totals(long opened, long closed, long referred, long escalated, long overdue) {}
}
