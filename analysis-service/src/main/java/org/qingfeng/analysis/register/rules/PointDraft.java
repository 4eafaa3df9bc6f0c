package org.qingfeng.analysis.register.rules;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A risk point as staff state it, in the JSON body or a workbook row: everything as text, so each
 * bad value is named by its field instead of failing the whole body.
 *
 * @param riskPointId absent for a new point, whose id is then {@code <unitCode>-P<nn>}
 * @param holderSince {@code yyyy-MM-dd}, when the post's present holder took it
 * @param lastSelfCheckOn {@code yyyy-MM-dd}; only a workbook states it (the API records self-checks
 *     apart), and left empty it keeps the point's last self-check
 */
public record PointDraft(
        @Nullable String riskPointId,
        @Nullable String unitCode,
        @Nullable String post,
        @Nullable String description,
        @Nullable String category,
        @Nullable String level,
        @Nullable String measures,
        @Nullable String leaderLevel,
        @Nullable String responsibleLeader,
        @Nullable String holderSince,
        @Nullable String lastSelfCheckOn,
        @Nullable List<@Nullable String> keywords) {}
