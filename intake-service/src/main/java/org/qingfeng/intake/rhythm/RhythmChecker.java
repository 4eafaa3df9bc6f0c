package org.qingfeng.intake.rhythm;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.qingfeng.contracts.intake.ReportingComplianceChanged;
import org.qingfeng.intake.rhythm.rules.ComplianceRank;
import org.qingfeng.intake.rhythm.rules.ReportingPeriod;
import org.qingfeng.intake.rhythm.rules.ReportingRhythm;
import org.qingfeng.intake.rhythm.rules.ReportingUnit;
import org.qingfeng.intake.rhythm.rules.ReportingWindow;
import org.qingfeng.support.calendar.NoWorkingDayTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One pass over the windows around today, on the {@link Clock}: publishes {@code MISSING} for each
 * window that ended without a report, and sends the reminders due. A window in a year without a
 * working-day table is skipped with one {@code WARN} per window and the metric
 * {@code intake.rhythm.windows.skipped{year}}; the rest are checked as usual.
 *
 * <p>Every instance may run it at once: a missing flag is the same event with the same id from
 * whichever instance publishes it, and each reminder is claimed before it is sent.
 */
@Component
public class RhythmChecker {

    /** How far ahead windows are looked at: reminders go before windows open, and a missing table shows early. */
    static final int HORIZON_DAYS = 62;

    private static final Logger log = LoggerFactory.getLogger(RhythmChecker.class);

    private final Clock clock;
    private final ReportingRhythm rhythm;
    private final ReportingUnits units;
    private final ComplianceRecords records;
    private final ComplianceLog compliance;
    private final Reminders reminders;
    private final Duration lookback;
    private final LocalTime remindFrom;
    private final MeterRegistry meters;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    RhythmChecker(
            Clock clock,
            ReportingRhythm rhythm,
            ReportingUnits units,
            ComplianceRecords records,
            ComplianceLog compliance,
            Reminders reminders,
            RhythmProperties properties,
            MeterRegistry meters) {
        this.clock = clock;
        this.rhythm = rhythm;
        this.units = units;
        this.records = records;
        this.compliance = compliance;
        this.reminders = reminders;
        this.lookback = properties.missingLookback();
        this.remindFrom = properties.remindFrom();
        this.meters = meters;
    }

    public void check() {
        Instant now = clock.instant();
        LocalDate today = rhythm.today(now);
        List<ReportingWindow> windows = windowsAround(today);
        Map<String, ComplianceRecord> recorded =
                records.find(windows.stream().map(ReportingWindow::key).toList());
        flagMissing(windows, recorded, now);
        if (!LocalTime.ofInstant(now, rhythm.settings().zone()).isBefore(remindFrom)) {
            remind(windows, recorded, now, today);
        }
    }

    private List<ReportingWindow> windowsAround(LocalDate today) {
        LocalDate from = today.minusDays(lookback.toDays());
        LocalDate to = today.plusDays(HORIZON_DAYS);
        List<ReportingWindow> windows = new ArrayList<>();
        for (ReportingUnit unit : units.active()) {
            for (ReportingPeriod period : rhythm.periodsClosingAround(unit.cycle(), from, to)) {
                try {
                    ReportingWindow window = rhythm.window(unit, period);
                    if (rhythm.kept(window) && !window.closesOn().isBefore(from)) {
                        windows.add(window);
                    }
                } catch (NoWorkingDayTable e) {
                    skipped(unit, period, e.year());
                }
            }
        }
        return windows;
    }

    private void flagMissing(List<ReportingWindow> windows, Map<String, ComplianceRecord> recorded, Instant now) {
        List<ReportingComplianceChanged> missing = windows.stream()
                .filter(window -> !recorded.containsKey(window.key()) && rhythm.overdue(window, now))
                .map(window -> window.missing(rhythm.settings().zone()))
                .toList();
        if (missing.isEmpty()) {
            return;
        }
        try {
            compliance.publish(missing);
            records.apply(missing);
            meters.counter("intake.rhythm.missing.flagged").increment(missing.size());
            log.info("Flagged {} reports as missing", missing.size());
        } catch (RuntimeException e) {
            log.warn(
                    "{} missing flags not published, the next check tries again: {}",
                    missing.size(),
                    e.getClass().getSimpleName());
        }
    }

    private void remind(
            List<ReportingWindow> windows, Map<String, ComplianceRecord> recorded, Instant now, LocalDate today) {
        for (ReportingWindow window : windows) {
            ComplianceRecord record = recorded.get(window.key());
            boolean filed = record != null && ComplianceRank.filed(record.state());
            try {
                rhythm.reminderDue(window, today, filed).ifPresent(kind -> reminders.send(window, kind, now));
            } catch (NoWorkingDayTable e) {
                skipped(window.unit(), window.period(), e.year());
            } catch (RuntimeException e) {
                log.warn(
                        "Reminder for {} {} not sent: {}",
                        window.unit().code(),
                        window.period().label(),
                        e.getClass().getSimpleName());
            }
        }
    }

    private void skipped(ReportingUnit unit, ReportingPeriod period, int year) {
        meters.counter("intake.rhythm.windows.skipped", "year", Integer.toString(year))
                .increment();
        if (warned.add(unit.code() + "|" + period.label())) {
            log.warn(
                    "No working-day table for {}: the {} window of {} for {} is not checked until"
                            + " qingfeng.calendar.years.{} is configured",
                    year,
                    unit.cycle(),
                    unit.code(),
                    period.label(),
                    year);
        }
    }
}
