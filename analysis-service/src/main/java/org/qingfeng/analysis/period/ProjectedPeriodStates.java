package org.qingfeng.analysis.period;

import java.util.OptionalInt;
import org.qingfeng.analysis.period.rules.PeriodState;
import org.springframework.stereotype.Component;

/** {@link PeriodStates} over {@code period_states}: what the projection has seen published. */
@Component
class ProjectedPeriodStates implements PeriodStates {

    private final PeriodStore store;

    ProjectedPeriodStates(PeriodStore store) {
        this.store = store;
    }

    @Override
    public boolean isClosed(String stationCode, String period) {
        return store.summary(stationCode, period)
                .filter(summary -> summary.state() == PeriodState.CLOSED)
                .isPresent();
    }

    @Override
    public OptionalInt closedVersion(String stationCode, String period) {
        return store.summary(stationCode, period)
                .filter(summary -> summary.closedVersion() > 0)
                .map(summary -> OptionalInt.of(summary.closedVersion()))
                .orElse(OptionalInt.empty());
    }
}
