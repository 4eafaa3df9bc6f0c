package org.qingfeng.contracts.intake;

/** The reporting rhythm a reporting unit follows (DOMAIN.md, "Rhythm"). */
public enum ReportingCycle {
    /** 月报: a township's report for a month, due by a configurable day of the next month. */
    TOWNSHIP_MONTHLY,
    /** 季报: a city-direct unit's report for a quarter, due early in the next quarter. */
    CITY_UNIT_QUARTERLY,
    /** A monitoring point's quarterly report, between the 10th and 15th of the quarter's third month. */
    MONITORING_QUARTERLY
}
