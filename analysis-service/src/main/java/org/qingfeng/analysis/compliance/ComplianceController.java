package org.qingfeng.analysis.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.AnalysisProperties;
import org.qingfeng.analysis.compliance.rules.ComplianceFlag;
import org.qingfeng.analysis.compliance.rules.DateRange;
import org.qingfeng.contracts.intake.ComplianceState;
import org.qingfeng.contracts.intake.ReportingCycle;
import org.qingfeng.support.security.Actors;
import org.qingfeng.support.security.Scopes;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * How the reporting units kept the reports whose windows closed in a range: every state, ON_TIME
 * included, of the units in the caller's subtree only.
 */
@RestController
class ComplianceController {

    private final ComplianceStore store;
    private final Scopes scopes;
    private final int maxDays;

    ComplianceController(ComplianceStore store, Scopes scopes, AnalysisProperties properties) {
        this.store = store;
        this.scopes = scopes;
        this.maxDays = properties.complianceMaxDays();
    }

    @GetMapping("/api/compliance")
    @PreAuthorize("hasAnyRole('WORK_STATION_STAFF','TOWNSHIP_STAFF','MONITORING_STAFF')")
    Flags flags(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        DateRange range = DateRange.checked(from, to, maxDays);
        List<ComplianceFlag> visible =
                scopes.visible(Actors.current(), store.closingIn(range), ComplianceFlag::unitCode);
        return new Flags(visible.stream().map(Flag::of).toList());
    }

    record Flags(List<Flag> flags) {}

    record Flag(
            String unitCode,
            ReportingCycle cycle,
            String period,
            LocalDate closesOn,
            ComplianceState state,
            @Nullable Instant filedAt,
            boolean nil) {

        static Flag of(ComplianceFlag flag) {
            return new Flag(
                    flag.unitCode(),
                    flag.cycle(),
                    flag.period(),
                    flag.closesOn(),
                    flag.state(),
                    flag.filedAt(),
                    flag.nil());
        }
    }
}
