package org.qingfeng.contracts.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.RiskCategory;

/**
 * One risk point of the register (廉政风险点台账) as it now stands; the topic is compacted by id
 * and only a higher {@code version} replaces a point. A retired point is published with {@code
 * active} false.
 *
 * @param riskPointId such as {@code 330281-D01-P03}
 * @param unitCode the unit it belongs to
 * @param post the post (岗位) for a post risk point, null for a unit risk point
 * @param leaderLevel who answers for it at this level, such as {@code 主要负责人} or {@code 分管领导}
 * @param responsibleLeader the leader's post title as the ledger names it; never an informant
 * @param holderSince when the post's present holder took it, for the five-year rotation rule
 * @param lastSelfCheckOn the last self-check of this point (自查), null if never
 * @param keywords words that tie an item's text to the point, used to suggest it in triage
 */
public record RiskPointRecorded(
        UUID eventId,
        Instant occurredAt,
        String riskPointId,
        long version,
        String unitCode,
        @Nullable String post,
        String description,
        RiskCategory category,
        RiskLevel level,
        String measures,
        String leaderLevel,
        String responsibleLeader,
        @Nullable LocalDate holderSince,
        @Nullable LocalDate lastSelfCheckOn,
        List<String> keywords,
        boolean active) {}
