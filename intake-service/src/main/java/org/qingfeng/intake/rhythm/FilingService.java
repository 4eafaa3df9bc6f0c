package org.qingfeng.intake.rhythm;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.qingfeng.contracts.intake.ComplianceState;
import org.qingfeng.contracts.intake.ReportingComplianceChanged;
import org.qingfeng.intake.rhythm.rules.ComplianceRank;
import org.qingfeng.intake.rhythm.rules.Filing;
import org.qingfeng.intake.rhythm.rules.FilingDraft;
import org.qingfeng.intake.rhythm.rules.FilingRules;
import org.qingfeng.intake.rhythm.rules.ItemPlace;
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
public class FilingService {

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
        return file(draft, items);
    }

    /**
     * Checks, without filing, that {@code unitCode} may file for {@code period} now: the rules of a
     * nil report, and no report filed yet. For a channel that writes items before it files them, so
     * that a report bound to be refused writes nothing.
     *
     * @throws org.qingfeng.intake.rules.RulesViolated naming {@code unitCode} or {@code period}
     * @throws org.springframework.web.ErrorResponseException a {@code 409} when already filed
     */
    public void requireFileable(String unitCode, String period) {
        Instant now = clock.instant();
        Filing filing = FilingRules.check(
                new FilingDraft(unitCode, period, true, null), units::active, rhythm.today(now), items);
        requireUnfiled(rhythm.window(filing.unit(), filing.period()));
    }

    /**
     * Files a report with items submitted just now, placed as given: the item projection may not
     * hold them yet. Items not among {@code placed} are looked up as for any filing.
     */
    public FiledReport fileSubmitted(String unitCode, String period, List<ItemPlace> placed) {
        Map<UUID, ItemPlace> given = new HashMap<>();
        placed.forEach(place -> given.put(place.itemId(), place));
        FilingRules.ItemLookup lookup = ids -> {
            Set<UUID> rest = new HashSet<>(ids);
            rest.removeAll(given.keySet());
            Map<UUID, ItemPlace> found = new HashMap<>(rest.isEmpty() ? Map.of() : items.find(rest));
            ids.stream().filter(given::containsKey).forEach(id -> found.put(id, given.get(id)));
            return found;
        };
        List<UUID> ids = placed.stream().map(ItemPlace::itemId).toList();
        Filed filed = file(new FilingDraft(unitCode, period, ids.isEmpty(), ids), lookup);
        return new FiledReport(filed.state(), filed.opensOn(), filed.closesOn());
    }

    private Filed file(FilingDraft draft, FilingRules.ItemLookup lookup) {
        Instant now = clock.instant();
        Filing filing = FilingRules.check(draft, units::active, rhythm.today(now), lookup);
        ReportingWindow window = rhythm.window(filing.unit(), filing.period());
        requireUnfiled(window);
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

    private void requireUnfiled(ReportingWindow window) {
        ComplianceRecord recorded = records.find(List.of(window.key())).get(window.key());
        if (recorded != null && ComplianceRank.filed(recorded.state())) {
            throw new FilingConflict(window, recorded.state());
        }
    }

    record Filed(ComplianceState state, LocalDate opensOn, LocalDate closesOn) {}

    /** A report filed by another feature: the state it was filed in and its window's days. */
    public record FiledReport(ComplianceState state, LocalDate opensOn, LocalDate closesOn) {}
}
