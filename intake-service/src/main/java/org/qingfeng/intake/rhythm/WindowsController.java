package org.qingfeng.intake.rhythm;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.ReportingCycle;
import org.qingfeng.intake.rhythm.rules.ReportingPeriod;
import org.qingfeng.intake.rhythm.rules.ReportingRhythm;
import org.qingfeng.intake.rhythm.rules.ReportingUnit;
import org.qingfeng.intake.rhythm.rules.ReportingWindow;
import org.qingfeng.intake.rhythm.rules.WindowState;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;
import org.qingfeng.support.calendar.NoWorkingDayTable;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Actors;
import org.qingfeng.support.security.Scopes;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reporting/windows?from&to[&unit]}: the windows closing in the range, computed from
 * the network and the calendar, with what the projection recorded for each. A window whose closing day
 * falls in a year without a working-day table cannot be computed: it is listed apart under {@code
 * unavailable} with the calendar's message naming the year, and the rest of the range is answered.
 * Only the units of the caller's subtree are listed; a unit outside it is refused as an unknown one.
 */
@RestController
class WindowsController {

    static final int MAX_DAYS = 400;

    private final ReportingRhythm rhythm;
    private final ReportingUnits units;
    private final ComplianceRecords records;
    private final Clock clock;
    private final Scopes scopes;

    WindowsController(
            ReportingRhythm rhythm, ReportingUnits units, ComplianceRecords records, Clock clock, Scopes scopes) {
        this.rhythm = rhythm;
        this.units = units;
        this.records = records;
        this.clock = clock;
        this.scopes = scopes;
    }

    @GetMapping("/api/reporting/windows")
    @PreAuthorize("hasAnyRole('TOWNSHIP_STAFF','MONITORING_STAFF','WORK_STATION_STAFF')")
    Windows windows(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @Nullable String unit) {
        return windows(from, to, unit, Actors.current());
    }

    /** The windows of the units in {@code actor}'s subtree. */
    Windows windows(LocalDate from, LocalDate to, @Nullable String unit, Actor actor) {
        List<ReportingUnit> asked = unitsAsked(from, to, unit, actor);
        List<ReportingWindow> windows = new ArrayList<>();
        List<Unavailable> unavailable = new ArrayList<>();
        for (ReportingUnit reporting : asked) {
            for (ReportingPeriod period : rhythm.periodsClosingAround(reporting.cycle(), from, to)) {
                collect(reporting, period, from, to, windows, unavailable);
            }
        }
        Map<String, ComplianceRecord> recorded =
                records.find(windows.stream().map(ReportingWindow::key).toList());
        LocalDate today = rhythm.today(clock.instant());
        return new Windows(
                windows.stream()
                        .map(window -> Row.of(window, today, recorded.get(window.key())))
                        .sorted(Comparator.comparing(Row::closesOn)
                                .thenComparing(Row::unitCode)
                                .thenComparing(Row::period))
                        .toList(),
                unavailable);
    }

    /** The period's window if it closes in the range; a window the calendar cannot place goes apart. */
    private void collect(
            ReportingUnit unit,
            ReportingPeriod period,
            LocalDate from,
            LocalDate to,
            List<ReportingWindow> windows,
            List<Unavailable> unavailable) {
        try {
            ReportingWindow window = rhythm.window(unit, period);
            if (!window.closesOn().isBefore(from) && !window.closesOn().isAfter(to) && rhythm.kept(window)) {
                windows.add(window);
            }
        } catch (NoWorkingDayTable e) {
            LocalDate nominal = rhythm.nominalClose(period);
            if (!nominal.isBefore(from) && !nominal.isAfter(to)) {
                unavailable.add(
                        new Unavailable(unit.code(), unit.cycle(), period.label(), nominal, e.year(), e.getMessage()));
            }
        }
    }

    private List<ReportingUnit> unitsAsked(LocalDate from, LocalDate to, @Nullable String unit, Actor actor) {
        List<Violation> violations = new ArrayList<>();
        if (to.isBefore(from)) {
            violations.add(new Violation("to", "不能早于 from / must not be before from"));
        } else if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            violations.add(new Violation("to", "查询范围最多 " + MAX_DAYS + " 天 / at most " + MAX_DAYS + " days"));
        }
        List<ReportingUnit> asked = scopes.visible(
                actor,
                unit == null || unit.isBlank()
                        ? units.active()
                        : units.active(unit).map(List::of).orElse(List.of()),
                ReportingUnit::code);
        if (unit != null && !unit.isBlank() && asked.isEmpty()) {
            violations.add(
                    new Violation("unit", "不是在用的乡镇、市直单位或监测点 / not an active township, city unit or monitoring point"));
        }
        if (!violations.isEmpty()) {
            throw new RulesViolated(violations);
        }
        return asked;
    }

    /**
     * @param unavailable windows that cannot be computed for want of a working-day table
     */
    record Windows(List<Row> windows, List<Unavailable> unavailable) {}

    /**
     * A window whose closing day falls in a year without a working-day table.
     *
     * @param nominalClose the closing day before it would be moved off a day off
     * @param problem the calendar's message: which year, and where to add its table
     */
    record Unavailable(
            String unitCode, ReportingCycle cycle, String period, LocalDate nominalClose, int year, String problem) {}

    record Row(
            String unitCode,
            ReportingCycle cycle,
            String period,
            LocalDate opensOn,
            LocalDate closesOn,
            WindowState state,
            @Nullable Instant filedAt,
            boolean nil,
            int itemCount) {

        static Row of(ReportingWindow window, LocalDate today, @Nullable ComplianceRecord recorded) {
            return new Row(
                    window.unit().code(),
                    window.unit().cycle(),
                    window.period().label(),
                    window.opensOn(),
                    window.closesOn(),
                    WindowState.of(window, today, recorded == null ? null : recorded.state()),
                    recorded == null ? null : recorded.filedAt(),
                    recorded != null && recorded.nil(),
                    recorded == null ? 0 : recorded.itemCount());
        }
    }
}
