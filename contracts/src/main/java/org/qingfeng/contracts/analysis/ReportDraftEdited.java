package org.qingfeng.contracts.analysis;

import java.time.Instant;
import java.util.UUID;

/**
 * Work-station staff edited the narrative parts of a quarterly report before its close. The key is
 * {@code stationCode|yyyy-Qn}; the latest revision is the draft, earlier ones are its history.
 *
 * @param revision 1, 2, 3… per report; a reader keeps the highest
 * @param editedBy the staff account, a subject id
 */
public record ReportDraftEdited(
        UUID eventId,
        Instant occurredAt,
        String stationCode,
        String quarter,
        int revision,
        String workDynamics,
        String salientProblems,
        String handlingStatus,
        String editedBy) {}
