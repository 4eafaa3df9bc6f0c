package org.qingfeng.intake.rhythm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.qingfeng.intake.rhythm.RhythmFixtures.CHENGGUAN;
import static org.qingfeng.intake.rhythm.RhythmFixtures.CLINIC_POINT;
import static org.qingfeng.intake.rhythm.RhythmFixtures.DONGSHAN;
import static org.qingfeng.intake.rhythm.RhythmFixtures.HOSPITAL;
import static org.qingfeng.intake.rhythm.RhythmFixtures.SHANGHAI;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qingfeng.contracts.intake.ComplianceState;
import org.qingfeng.contracts.intake.ReportingComplianceChanged;
import org.qingfeng.intake.notify.NotificationFailed;
import org.qingfeng.intake.notify.RecordingMailGateway;
import org.qingfeng.intake.rhythm.rules.ReminderKind;
import org.qingfeng.intake.rhythm.rules.ReportingContact;
import org.qingfeng.intake.rhythm.rules.ReportingPeriod;
import org.qingfeng.intake.rhythm.rules.ReportingUnit;
import org.qingfeng.intake.rhythm.rules.ReportingWindow;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class RhythmCheckerTests {

    private final RhythmHarness rhythm = new RhythmHarness(null, Map.of());

    @Test
    void aWindowInAYearWithoutATableIsSkippedWithOneWarningWhileTheOthersAreChecked(CapturedOutput output) {
        rhythm.clock.set(LocalDate.of(2026, 12, 16), LocalTime.of(9, 0), SHANGHAI);

        rhythm.checker.check();
        rhythm.checker.check();

        assertThat(rhythm.published.published())
                .extracting(ReportingComplianceChanged::key, ReportingComplianceChanged::state)
                .containsExactlyInAnyOrder(
                        tuple(CHENGGUAN + "|2026-11", ComplianceState.MISSING),
                        tuple(DONGSHAN + "|2026-11", ComplianceState.MISSING),
                        tuple(CLINIC_POINT + "|2026-Q4", ComplianceState.MISSING));
        // both townships' December and January windows and the city unit's Q4 close in 2027: five, twice over
        assertThat(rhythm.skippedWindows(2027)).isEqualTo(10);
        assertThat(occurrences(output.getOut(), "No working-day table for 2027"))
                .isEqualTo(5);
        assertThat(output.getOut())
                .contains("the CITY_UNIT_QUARTERLY window of " + HOSPITAL + " for 2026-Q4 is not checked until"
                        + " qingfeng.calendar.years.2027 is configured");
    }

    @Test
    void sendsNoReminderBeforeTheMorning() {
        rhythm.contacts.with(CHENGGUAN, new ReportingContact("纪检委员", "13800000001", null));

        rhythm.clock.set(LocalDate.of(2026, 10, 29), LocalTime.of(8, 29), SHANGHAI);
        rhythm.checker.check();
        assertThat(rhythm.sms.drain()).isEmpty();

        rhythm.clock.set(LocalDate.of(2026, 10, 29), LocalTime.of(8, 30), SHANGHAI);
        rhythm.checker.check();
        assertThat(rhythm.sms.drain()).hasSize(1);
    }

    @Test
    void aUnitWithoutRecipientsIsRemindedOnceItHasSome() {
        rhythm.clock.set(LocalDate.of(2026, 10, 29), LocalTime.of(9, 0), SHANGHAI);
        rhythm.checker.check();

        rhythm.contacts.with(CHENGGUAN, new ReportingContact("纪检委员", "13800000001", null));
        rhythm.clock.set(LocalDate.of(2026, 10, 29), LocalTime.of(9, 5), SHANGHAI);
        rhythm.checker.check();
        rhythm.checker.check();

        assertThat(rhythm.sms.drain()).extracting(sms -> sms.phone()).containsExactly("13800000001");
    }

    @Test
    void aMissingFlagWaitsForTheGraceAfterMidnight() {
        rhythm.clock.set(LocalDate.of(2026, 11, 6), LocalTime.of(0, 14), SHANGHAI);
        rhythm.checker.check();
        assertThat(rhythm.published.published())
                .extracting(ReportingComplianceChanged::period)
                .doesNotContain("2026-10");

        rhythm.clock.set(LocalDate.of(2026, 11, 6), LocalTime.of(0, 15), SHANGHAI);
        rhythm.checker.check();
        assertThat(rhythm.published.published())
                .filteredOn(fact -> fact.period().equals("2026-10"))
                .extracting(ReportingComplianceChanged::key)
                .containsExactlyInAnyOrder(CHENGGUAN + "|2026-10", DONGSHAN + "|2026-10");
    }

    @Test
    void aMessageThatFailsDoesNotStopTheOthersAndIsNotRepeated(CapturedOutput output) {
        List<String> tried = new ArrayList<>();
        RecordingMailGateway mail = new RecordingMailGateway();
        Reminders reminders = new Reminders(
                new InMemoryContactBook()
                        .with(
                                CHENGGUAN,
                                new ReportingContact("纪检委员", "13800000001", "t1@example.cn"),
                                new ReportingContact("联络员", "13800000002", null)),
                new InMemoryReminderClaims(),
                (phone, text) -> {
                    tried.add(phone);
                    if (phone.endsWith("1")) {
                        throw new NotificationFailed("the SMS gateway answered 503");
                    }
                },
                mail,
                new SimpleMeterRegistry());
        ReportingUnit township = new ReportingUnits(RhythmFixtures.anyCountyNetwork())
                .active(CHENGGUAN)
                .orElseThrow();
        ReportingWindow october = rhythm.rhythm.window(
                township, ReportingPeriod.parse(township.cycle(), "2026-10").orElseThrow());
        Instant now = Instant.parse("2026-10-29T01:00:00Z");

        reminders.send(october, ReminderKind.BEFORE_OPENING, now);
        reminders.send(october, ReminderKind.BEFORE_OPENING, now);

        assertThat(tried).containsExactly("13800000001", "13800000002");
        assertThat(mail.drain()).extracting(RecordingMailGateway.Mail::address).containsExactly("t1@example.cn");
        assertThat(output.getOut())
                .contains("A reminder message was not sent: the SMS gateway answered 503")
                .doesNotContain("13800000001")
                .doesNotContain("t1@example.cn");
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }
}
