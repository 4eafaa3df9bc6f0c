package org.qingfeng.analysis.ledger;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * The month an item is reported in: the calendar month of its submission in the commission's
 * zone, so that an item sent at 00:30 Beijing time on the 1st counts for the new month.
 */
record ReportingMonth(ZoneId zone) {

    YearMonth of(Instant occurredAt) {
        return YearMonth.from(occurredAt.atZone(zone));
    }
}
