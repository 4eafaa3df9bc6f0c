package org.qingfeng.intake.rhythm.rules;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.ComplianceState;

/** Where a window stands on a day, as the windows listing shows it. */
public enum WindowState {
    /** Not open yet, nothing filed. */
    UPCOMING,
    /** Open, nothing filed yet. */
    OPEN,
    ON_TIME,
    LATE,
    /** Closed without a report, whether or not the flag has been published yet. */
    MISSING;

    public static WindowState of(ReportingWindow window, LocalDate today, @Nullable ComplianceState recorded) {
        if (recorded != null) {
            return valueOf(recorded.name());
        }
        if (today.isBefore(window.opensOn())) {
            return UPCOMING;
        }
        return today.isAfter(window.closesOn()) ? MISSING : OPEN;
    }
}
