package org.qingfeng.contracts.intake;

/** How a reporting unit kept one expected report. An explicit nil report counts like any other. */
public enum ComplianceState {
    /** Filed inside the window. */
    ON_TIME,
    /** Filed after the window closed. */
    LATE,
    /** Nothing filed by the end of the window's last day: silence is a signal too. */
    MISSING
}
