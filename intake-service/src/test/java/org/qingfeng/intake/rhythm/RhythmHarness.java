package org.qingfeng.intake.rhythm;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.intake.CalendarFixtures;
import org.qingfeng.intake.network.CurrentNetwork;
import org.qingfeng.intake.notify.RecordingMailGateway;
import org.qingfeng.intake.notify.RecordingSmsGateway;
import org.qingfeng.intake.rhythm.rules.ItemPlace;
import org.qingfeng.intake.rhythm.rules.ReportingRhythm;
import org.qingfeng.support.security.Scopes;

/**
 * The rhythm's own classes wired as the service wires them, on the shipped calendar and a clock the
 * test moves, with recording fakes where the service talks to Kafka, Mongo and the gateways.
 */
final class RhythmHarness {

    final MutableClock clock = new MutableClock(Instant.parse("2026-07-01T00:00:00Z"));
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final RecordingComplianceLog published = new RecordingComplianceLog();
    final InMemoryComplianceRecords records = new InMemoryComplianceRecords();
    final InMemoryContactBook contacts = new InMemoryContactBook();
    final RecordingSmsGateway sms = new RecordingSmsGateway();
    final RecordingMailGateway mail = new RecordingMailGateway();
    final ReportingRhythm rhythm;
    final RhythmChecker checker;
    final FilingService filings;
    final WindowsController windows;

    RhythmHarness(@Nullable LocalDate startsOn, Map<UUID, ItemPlace> items) {
        RhythmProperties properties = RhythmFixtures.properties(startsOn);
        CurrentNetwork network = RhythmFixtures.anyCountyNetwork();
        ReportingUnits units = new ReportingUnits(network);
        rhythm = new ReportingRhythm(properties.settings(), CalendarFixtures.shippedWorkingDays());
        Reminders reminders = new Reminders(contacts, new InMemoryReminderClaims(), sms, mail, meters);
        checker = new RhythmChecker(clock, rhythm, units, records, published, reminders, properties, meters);
        filings = new FilingService(clock, rhythm, units, ids -> filter(items, ids), records, published, meters);
        windows = new WindowsController(
                rhythm, units, records, clock, new Scopes(code -> network.view().lineage(code)));
    }

    double skippedWindows(int year) {
        var counter = meters.find("intake.rhythm.windows.skipped")
                .tag("year", Integer.toString(year))
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private static Map<UUID, ItemPlace> filter(Map<UUID, ItemPlace> items, Set<UUID> ids) {
        Map<UUID, ItemPlace> found = new HashMap<>(items);
        found.keySet().retainAll(ids);
        return found;
    }
}
