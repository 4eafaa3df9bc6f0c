package org.qingfeng.gateway.console.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import org.jspecify.annotations.Nullable;

/**
 * The days whose closing windows the page shows. By default the current quarter and the month
 * after it: a quarter's reports (季报) close early in the next quarter, so they are in view until
 * then. A range a person typed wins when both ends are dates in order.
 */
record ReportingRange(LocalDate from, LocalDate to) {

    static ReportingRange defaultFor(LocalDate today) {
        int firstMonthOfQuarter = (today.getMonthValue() - 1) / 3 * 3 + 1;
        LocalDate quarterStart = today.withMonth(firstMonthOfQuarter).withDayOfMonth(1);
        LocalDate nextMonth = quarterStart.plusMonths(3);
        return new ReportingRange(quarterStart, nextMonth.with(TemporalAdjusters.lastDayOfMonth()));
    }

    static ReportingRange of(@Nullable String from, @Nullable String to, LocalDate today) {
        LocalDate start = date(from);
        LocalDate end = date(to);
        if (start == null || end == null || end.isBefore(start)) {
            return defaultFor(today);
        }
        return new ReportingRange(start, end);
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
