package org.qingfeng.analysis.period.rules;

/**
 * Where a station's period stands: never closed, closed (its figures frozen in the latest version),
 * or reopened (the next close will freeze a new version).
 */
public enum PeriodState {
    OPEN,
    CLOSED,
    REOPENED;

    public boolean mayClose() {
        return this != CLOSED;
    }

    public boolean mayReopen() {
        return this == CLOSED;
    }
}
