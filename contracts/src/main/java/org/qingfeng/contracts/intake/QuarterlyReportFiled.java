package org.qingfeng.contracts.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A monitoring point's (or city unit's) quarterly report in its four parts (DOMAIN.md, "Rhythm"),
 * with the items submitted alongside it. The narrative parts are confidential content, never logged.
 *
 * @param reportId stable for a unit and period until it is filed again
 * @param period such as {@code 2026-Q4}
 * @param workDynamics 工作动态
 * @param salientProblems 突出问题归纳分析: manifestation, scope, degree, causes, proposed measures
 * @param handlingStatus 信息处理情况
 * @param dataTable 数据列表: the figures the unit reports, label and value
 * @param itemIds the items submitted with this report
 * @param filedBy the staff account that filed it, a subject id
 */
public record QuarterlyReportFiled(
        UUID eventId,
        Instant occurredAt,
        UUID reportId,
        String unitCode,
        String period,
        String workDynamics,
        String salientProblems,
        String handlingStatus,
        List<Figure> dataTable,
        List<UUID> itemIds,
        String filedBy) {

    public QuarterlyReportFiled {
        dataTable = List.copyOf(dataTable);
        itemIds = List.copyOf(itemIds);
    }

    public record Figure(String label, long value) {}
}
