package org.qingfeng.intake.channel.quarterly.rules;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.intake.submission.rules.SubmissionDraft;

/**
 * A quarterly report as it was sent (DOMAIN.md, "Rhythm").
 *
 * @param period such as {@code 2026-Q4}
 * @param workDynamics 工作动态
 * @param salientProblems 突出问题归纳分析
 * @param handlingStatus 信息处理情况
 * @param dataTable 数据列表
 * @param items the warning items reported with it, each as {@code POST /api/items} takes one
 */
public record QuarterlyReportDraft(
        @Nullable String unitCode,
        @Nullable String period,
        @Nullable String workDynamics,
        @Nullable String salientProblems,
        @Nullable String handlingStatus,
        @Nullable List<@Nullable FigureDraft> dataTable,
        @Nullable List<@Nullable SubmissionDraft> items) {

    /** One row of the data table: what is counted and how many. */
    public record FigureDraft(
            @Nullable String label, @Nullable Long value) {}

    /** Never the narrative parts, which are confidential. */
    @Override
    public String toString() {
        return "QuarterlyReportDraft[" + unitCode + ", " + period + "]";
    }
}
