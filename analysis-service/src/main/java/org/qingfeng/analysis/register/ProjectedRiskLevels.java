package org.qingfeng.analysis.register;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.AnalysisProperties;
import org.qingfeng.analysis.register.rules.RiskPoint;
import org.qingfeng.contracts.analysis.RiskLevel;
import org.springframework.stereotype.Component;

/**
 * {@link RiskLevels} over {@code risk_points}: the highest level of each unit's active points, unit
 * and post points alike, held in memory. The listener drops the copy when it writes; since only one
 * instance projects each record, every instance also reloads it when older than {@code
 * analysis.register.levels-refresh}.
 */
@Component
class ProjectedRiskLevels implements RiskLevels {

    private final RiskPointStore points;
    private final AnalysisProperties analysis;
    private final long maxAgeNanos;
    private final AtomicLong generation = new AtomicLong();
    private volatile @Nullable Loaded loaded;

    ProjectedRiskLevels(RiskPointStore points, AnalysisProperties analysis, RegisterProperties properties) {
        this.points = points;
        this.analysis = analysis;
        this.maxAgeNanos = properties.levelsRefresh().toNanos();
    }

    @Override
    public Optional<RiskLevel> highestFor(String unitCode) {
        return Optional.ofNullable(levels().get(unitCode));
    }

    void changed() {
        generation.incrementAndGet();
        loaded = null;
    }

    private Map<String, RiskLevel> levels() {
        Loaded current = loaded;
        if (current != null && System.nanoTime() - current.at() < maxAgeNanos) {
            return current.levels();
        }
        long before = generation.get();
        Map<String, RiskLevel> levels = new HashMap<>();
        points.all(analysis.zone()).stream()
                .map(RiskPointStore.Stored::point)
                .filter(RiskPoint::active)
                .forEach(point -> levels.merge(point.unitCode(), point.level(), ProjectedRiskLevels::higher));
        if (generation.get() == before) {
            loaded = new Loaded(Map.copyOf(levels), System.nanoTime());
        }
        return levels;
    }

    /** A is the highest: the enum's order is A, B, C. */
    private static RiskLevel higher(RiskLevel a, RiskLevel b) {
        return EnumSet.of(a, b).iterator().next();
    }

    private record Loaded(Map<String, RiskLevel> levels, long at) {}
}
