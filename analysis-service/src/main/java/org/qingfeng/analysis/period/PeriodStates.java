package org.qingfeng.analysis.period;

import java.util.OptionalInt;

/** Whether a station's month or quarter is closed, and which version of its figures is published. */
public interface PeriodStates {

    /** True while the period's latest version is closed (not reopened). */
    boolean isClosed(String stationCode, String period);

    /** The latest closed version, if the period was ever closed. */
    OptionalInt closedVersion(String stationCode, String period);
}
