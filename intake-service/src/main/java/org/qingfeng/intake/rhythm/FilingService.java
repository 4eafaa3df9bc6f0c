package org.qingfeng.intake.rhythm;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.qingfeng.contracts.intake.ComplianceState;
import org.qingfeng.contracts.intake.ReportingComplianceChanged;
import org.qingfeng.intake.rhythm.rules.ComplianceRank;
import org.qingfeng.intake.rhythm.rules.Filing;
import org.qingfeng.intake.rhythm.rules.FilingDraft;
import org.qingfeng.intake.rhythm.rules.FilingRules;
import org.qingfeng.intake.rhythm.rules.ReportingRhythm;
import org.qingfeng.intake.rhythm.rules.ReportingWindow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Files a unit's report: checks it, refuses a second one for the period, publishes the compliance
 * fact and waits for the broker, then writes the projection at once so that this instance's next
 * answer (a second filing, the checker, the windows listing) already knows it.
 */
@Component
class FilingService {

    private static final Logger log = LoggerFactory.getLogger(FilingService.class);

    private final Clock clock;
    private final ReportingRhythm rhythm;
    private final ReportingUnits units;
    private final FilingRules.ItemLookup items;
    private final ComplianceRecords records;
    private final ComplianceLog compliance;
    private final MeterRegistry meters;

    FilingService(
            Clock clock,
            ReportingRhythm rhythm,
            ReportingUnits units,
            FilingRules.ItemLookup items,
            ComplianceRecords records,
            ComplianceLog compliance,
            MeterRegistry meters) {
        this.clock = clock;
        this.rhythm = rhythm;
        this.units = units;
        this.items = items;
        this.records = records;
        this.compliance = compliance;
        this.meters = meters;
    }

    /** The state the report was filed in and its window's days. */
    Filed file(FilingDraft draft) {
        Instant now = clock.instant();
        Filing filing = FilingRules.check(draft, units::active, rhythm.today(now), items);
        ReportingWindow window = rhythm.window(filing.unit(), filing.period());
        ComplianceRecord recorded = records.find(List.of(window.key())).get(window.key());
        if (recorded != null && ComplianceRank.filed(recorded.state())) {
            throw new FilingConflict(window, recorded.state());
        }
        ComplianceState state = rhythm.stateOfFiling(window, now);
        ReportingComplianceChanged fact =
                window.filed(state, now, filing.nil(), filing.itemIds().size());
        compliance.publish(List.of(fact));
        try {
            records.apply(List.of(fact));
        } catch (RuntimeException e) {
            // Durable on the topic already: the listener projects it.
            log.warn(
                    "Filing {} not projected at once, the listener will: {}",
                    fact.key(),
                    e.getClass().getSimpleName());
        }
        meters.counter("intake.rhythm.reports.filed", "state", state.name()).increment();
        return new Filed(state, window.opensOn(), window.closesOn());
    }

    record Filed(ComplianceState state, LocalDate opensOn, LocalDate closesOn) {}
}
