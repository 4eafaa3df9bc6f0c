package org.qingfeng.analysis.register.rules;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.analysis.RiskLevel;
import org.qingfeng.contracts.analysis.RiskPointRecorded;
import org.qingfeng.contracts.intake.RiskCategory;

/**
 * One point of the register as it stands, without the event's envelope; two points with the same
 * content are equal, which is how an import of an unchanged row publishes nothing.
 */
public record RiskPoint(
        String riskPointId,
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
        boolean active) {

    public RiskPoint {
        keywords = List.copyOf(keywords);
    }

    public static RiskPoint of(RiskPointRecorded recorded) {
        return new RiskPoint(
                recorded.riskPointId(),
                recorded.unitCode(),
                recorded.post(),
                recorded.description(),
                recorded.category(),
                recorded.level(),
                recorded.measures(),
                recorded.leaderLevel(),
                recorded.responsibleLeader(),
                recorded.holderSince(),
                recorded.lastSelfCheckOn(),
                recorded.keywords(),
                recorded.active());
    }

    /** The same point under the id it was given once checked (a new point's is generated). */
    public RiskPoint withId(String id) {
        return new RiskPoint(
                id,
                unitCode,
                post,
                description,
                category,
                level,
                measures,
                leaderLevel,
                responsibleLeader,
                holderSince,
                lastSelfCheckOn,
                keywords,
                active);
    }

    public RiskPoint retired() {
        return withState(lastSelfCheckOn, false);
    }

    public RiskPoint selfChecked(LocalDate on) {
        return withState(on, active);
    }

    private RiskPoint withState(@Nullable LocalDate checkedOn, boolean isActive) {
        return new RiskPoint(
                riskPointId,
                unitCode,
                post,
                description,
                category,
                level,
                measures,
                leaderLevel,
                responsibleLeader,
                holderSince,
                checkedOn,
                keywords,
                isActive);
    }
}
