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
import org.qingfeng.intake.rhythm.rules.ReportingRhythm;
import org.qingfeng.intake.rhythm.rules.ReportingUnit;
import org.qingfeng.intake.rhythm.rules.ReportingWindow;
import org.qingfeng.intake.rhythm.rules.WindowState;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/reporting/windows?from&to[&unit]}: the windows closing in the range, computed from
 * the network and the calendar, with what the projection recorded for each. A range reaching a year
 * without a working-day table is answered with the calendar's problem naming the year.
 */
@RestController
class WindowsController {

    static final int MAX_DAYS = 400;

    private final ReportingRhythm rhythm;
    private final ReportingUnits units;
    private final ComplianceRecords records;
    private final Clock clock;

    WindowsController(ReportingRhythm rhythm, ReportingUnits units, ComplianceRecords records, Clock clock) {
        this.rhythm = rhythm;
        this.units = units;
        this.records = records;
        this.clock = clock;
    }

    @GetMapping("/api/reporting/windows")
    Windows windows(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @Nullable String unit) {
        List<ReportingUnit> asked = unitsAsked(from, to, unit);
        List<ReportingWindow> windows = asked.stream()
                .flatMap(u -> rhythm.windowsClosingBetween(u, from, to).stream())
                .toList();
        Map<String, ComplianceRecord> recorded =
                records.find(windows.stream().map(ReportingWindow::key).toList());
        LocalDate today = rhythm.today(clock.instant());
        return new Windows(windows.stream()
                .map(window -> Row.of(window, today, recorded.get(window.key())))
                .sorted(Comparator.comparing(Row::closesOn)
                        .thenComparing(Row::unitCode)
                        .thenComparing(Row::period))
                .toList());
    }

    private List<ReportingUnit> unitsAsked(LocalDate from, LocalDate to, @Nullable String unit) {
        List<Violation> violations = new ArrayList<>();
        if (to.isBefore(from)) {
            violations.add(new Violation("to", "不能早于 from / must not be before from"));
        } else if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            violations.add(new Violation("to", "查询范围最多 " + MAX_DAYS + " 天 / at most " + MAX_DAYS + " days"));
        }
        List<ReportingUnit> asked = unit == null || unit.isBlank()
                ? units.active()
                : units.active(unit).map(List::of).orElse(List.of());
        if (unit != null && !unit.isBlank() && asked.isEmpty()) {
            violations.add(
                    new Violation("unit", "不是在用的乡镇、市直单位或监测点 / not an active township, city unit or monitoring point"));
        }
        if (!violations.isEmpty()) {
            throw new RulesViolated(violations);
        }
        return asked;
    }

    record Windows(List<Row> windows) {}

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
