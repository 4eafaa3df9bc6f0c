package org.qingfeng.intake.rhythm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qingfeng.contracts.intake.ComplianceState.LATE;
import static org.qingfeng.contracts.intake.ComplianceState.MISSING;
import static org.qingfeng.contracts.intake.ComplianceState.ON_TIME;
import static org.qingfeng.intake.rhythm.RhythmFixtures.CHENGGUAN;
import static org.qingfeng.intake.rhythm.RhythmFixtures.CHENGGUAN_VILLAGE;
import static org.qingfeng.intake.rhythm.RhythmFixtures.CLINIC_POINT;
import static org.qingfeng.intake.rhythm.RhythmFixtures.DONGSHAN;
import static org.qingfeng.intake.rhythm.RhythmFixtures.DONGSHAN_VILLAGE;
import static org.qingfeng.intake.rhythm.RhythmFixtures.HOSPITAL;
import static org.qingfeng.intake.rhythm.RhythmFixtures.SHANGHAI;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.intake.ComplianceState;
import org.qingfeng.contracts.intake.ReportingComplianceChanged;
import org.qingfeng.intake.rhythm.rules.FilingDraft;
import org.qingfeng.intake.rhythm.rules.ItemPlace;
import org.qingfeng.intake.rhythm.rules.ReportingContact;

/**
 * The acceptance test of the reporting rhythm: 2026's third quarter through the October window, day
 * by day, with Mid-Autumn (09-25..27), National Day (10-01..07) and the swapped working days
 * (Sunday 09-20, Saturday 10-10). Two townships, a city unit and a monitoring point file on time,
 * late, nil or not at all; the checker runs three times a day. The flags published and the reminders
 * sent must equal the tables below, computed by hand from the published 2026 holiday arrangement.
 */
class ReportingQuarterTests {

    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 7, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 10);
    private static final List<LocalTime> CHECKS = List.of(LocalTime.of(7, 0), LocalTime.of(9, 0), LocalTime.of(15, 0));
    private static final LocalTime FILING_TIME = LocalTime.of(10, 0);

    private static final UUID JUNE_1 = item(1);
    private static final UUID JUNE_2 = item(2);
    private static final UUID JULY_DONGSHAN = item(3);
    private static final UUID Q2_HOSPITAL = item(4);
    private static final UUID AUGUST_CHENGGUAN = item(5);
    private static final UUID SEPTEMBER_CHENGGUAN = item(6);
    private static final UUID OCTOBER_DONGSHAN = item(7);

    private static final Map<UUID, ItemPlace> ITEMS = Map.of(
            JUNE_1, new ItemPlace(JUNE_1, CHENGGUAN, CHENGGUAN_VILLAGE),
            JUNE_2, new ItemPlace(JUNE_2, CHENGGUAN, CHENGGUAN_VILLAGE),
            JULY_DONGSHAN, new ItemPlace(JULY_DONGSHAN, DONGSHAN, DONGSHAN_VILLAGE),
            Q2_HOSPITAL, new ItemPlace(Q2_HOSPITAL, HOSPITAL, HOSPITAL),
            AUGUST_CHENGGUAN, new ItemPlace(AUGUST_CHENGGUAN, CHENGGUAN, CHENGGUAN_VILLAGE),
            SEPTEMBER_CHENGGUAN, new ItemPlace(SEPTEMBER_CHENGGUAN, CHENGGUAN, CHENGGUAN_VILLAGE),
            OCTOBER_DONGSHAN, new ItemPlace(OCTOBER_DONGSHAN, DONGSHAN, DONGSHAN_VILLAGE));

    /** Who files what, at ten in the morning of the day. */
    private static final Map<LocalDate, FilingDraft> FILINGS = Map.ofEntries(
            filing("2026-07-03", CHENGGUAN, "2026-06", JUNE_1, JUNE_2),
            filing("2026-07-06", DONGSHAN, "2026-06"),
            filing("2026-07-10", HOSPITAL, "2026-Q2", Q2_HOSPITAL),
            filing("2026-08-05", CHENGGUAN, "2026-07"),
            filing("2026-08-12", DONGSHAN, "2026-07", JULY_DONGSHAN),
            filing("2026-09-07", CHENGGUAN, "2026-08", AUGUST_CHENGGUAN),
            filing("2026-09-08", DONGSHAN, "2026-08"),
            filing("2026-10-06", DONGSHAN, "2026-09"),
            filing("2026-10-08", CHENGGUAN, "2026-09", SEPTEMBER_CHENGGUAN),
            filing("2026-10-10", HOSPITAL, "2026-Q3"),
            filing("2026-11-02", DONGSHAN, "2026-10", OCTOBER_DONGSHAN));

    /** Every flag on the topic, in the order published, with the day it was published. */
    private static final List<Flag> EXPECTED_FLAGS = List.of(
            // 7-05 is a Sunday: June's reports close Monday 7-06
            flag("07-03", CHENGGUAN, "2026-06", "07-01", "07-06", ON_TIME, false, 2),
            flag("07-06", DONGSHAN, "2026-06", "07-01", "07-06", ON_TIME, true, 0),
            flag("07-10", HOSPITAL, "2026-Q2", "07-01", "07-10", ON_TIME, false, 1),
            flag("08-05", CHENGGUAN, "2026-07", "08-01", "08-05", ON_TIME, true, 0),
            // nothing from 东山镇 by the end of 8-05: missing, then late when it files
            flag("08-06", DONGSHAN, "2026-07", "08-01", "08-05", MISSING, false, 0),
            flag("08-12", DONGSHAN, "2026-07", "08-01", "08-05", LATE, false, 1),
            // 9-05 is a Saturday: August's reports close Monday 9-07
            flag("09-07", CHENGGUAN, "2026-08", "09-01", "09-07", ON_TIME, false, 1),
            flag("09-08", DONGSHAN, "2026-08", "09-01", "09-07", MISSING, false, 0),
            flag("09-08", DONGSHAN, "2026-08", "09-01", "09-07", LATE, true, 0),
            // the monitoring point's window is 9-10..9-15 and it never reports
            flag("09-16", CLINIC_POINT, "2026-Q3", "09-10", "09-15", MISSING, false, 0),
            // 10-05 falls in National Day: September's reports close Thursday 10-08, a nil report on a holiday counts
            flag("10-06", DONGSHAN, "2026-09", "10-01", "10-08", ON_TIME, true, 0),
            flag("10-08", CHENGGUAN, "2026-09", "10-01", "10-08", ON_TIME, false, 1),
            // the city unit's Q3 report is due Saturday 10-10, a swapped working day
            flag("10-10", HOSPITAL, "2026-Q3", "10-01", "10-10", ON_TIME, true, 0),
            flag("11-02", DONGSHAN, "2026-10", "11-01", "11-05", ON_TIME, false, 1),
            flag("11-06", CHENGGUAN, "2026-10", "11-01", "11-05", MISSING, false, 0));

    private static final String T1_SMS_A = "13800000001";
    private static final String T1_MAIL = "t1@example.cn";
    private static final String T1_SMS_B = "13800000002";
    private static final String T2_SMS = "13900000001";
    private static final String T2_MAIL = "t2@example.cn";
    private static final String HOSPITAL_MAIL = "c1@example.cn";
    private static final String POINT_SMS = "13700000001";
    private static final String POINT_MAIL = "m1@example.cn";

    @Test
    void theFlagsAndRemindersOfASimulatedQuarterMatchTheHandComputedTables() {
        RhythmHarness rhythm = new RhythmHarness(FIRST_DAY, ITEMS);
        rhythm.contacts
                .with(
                        CHENGGUAN,
                        new ReportingContact("纪检委员", T1_SMS_A, T1_MAIL),
                        new ReportingContact("联络员", T1_SMS_B, null))
                .with(DONGSHAN, new ReportingContact("纪检委员", T2_SMS, T2_MAIL))
                .with(HOSPITAL, new ReportingContact("纪检联络员", null, HOSPITAL_MAIL))
                .with(CLINIC_POINT, new ReportingContact("监测员", POINT_SMS, POINT_MAIL));
        List<Flag> flags = new ArrayList<>();
        List<Sent> reminders = new ArrayList<>();

        for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
            for (LocalTime time : CHECKS) {
                if (time.isAfter(FILING_TIME)) {
                    // between the morning checks and the afternoon one
                    fileTheDaysReports(rhythm, day);
                }
                rhythm.clock.set(day, time, SHANGHAI);
                rhythm.checker.check();
                collect(rhythm, day, flags, reminders);
            }
        }

        assertThat(flags).containsExactlyElementsOf(EXPECTED_FLAGS);
        assertThat(reminders).containsExactlyInAnyOrderElementsOf(expectedReminders());
        assertThat(rhythm.skippedWindows(2027))
                .as("December's and Q4's windows close in 2027, which has no table")
                .isPositive();
    }

    @Test
    void aSecondFilingForThePeriodIsRefusedAndChangesNothing() {
        RhythmHarness rhythm = new RhythmHarness(FIRST_DAY, ITEMS);
        rhythm.clock.set(LocalDate.of(2026, 10, 8), FILING_TIME, SHANGHAI);
        rhythm.filings.file(new FilingDraft(CHENGGUAN, "2026-09", true, List.of()));

        rhythm.clock.set(LocalDate.of(2026, 10, 9), FILING_TIME, SHANGHAI);
        assertThatThrownBy(() -> rhythm.filings.file(new FilingDraft(CHENGGUAN, "2026-09", true, List.of())))
                .isInstanceOf(FilingConflict.class);
        assertThat(rhythm.published.published())
                .extracting(ReportingComplianceChanged::state)
                .containsExactly(ON_TIME);
    }

    @Test
    void theWindowsListingShowsHowEachWindowWasKept() {
        RhythmHarness rhythm = new RhythmHarness(FIRST_DAY, ITEMS);
        for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
            fileTheDaysReports(rhythm, day);
            rhythm.clock.set(day, LocalTime.of(15, 0), SHANGHAI);
            rhythm.checker.check();
        }

        rhythm.clock.set(LocalDate.of(2026, 11, 27), LocalTime.of(9, 0), SHANGHAI);
        assertThat(rhythm.windows
                        .windows(
                                LocalDate.of(2026, 7, 1),
                                LocalDate.of(2026, 12, 15),
                                null,
                                RhythmFixtures.countyStaff())
                        .windows())
                .extracting(w -> w.closesOn() + " " + w.unitCode() + " " + w.period() + " " + w.state())
                .containsExactly(
                        "2026-07-06 330281-101 2026-06 ON_TIME",
                        "2026-07-06 330281-102 2026-06 ON_TIME",
                        "2026-07-10 330281-C01 2026-Q2 ON_TIME",
                        "2026-08-05 330281-101 2026-07 ON_TIME",
                        "2026-08-05 330281-102 2026-07 LATE",
                        "2026-09-07 330281-101 2026-08 ON_TIME",
                        "2026-09-07 330281-102 2026-08 LATE",
                        "2026-09-15 330281-101-M01 2026-Q3 MISSING",
                        "2026-10-08 330281-101 2026-09 ON_TIME",
                        "2026-10-08 330281-102 2026-09 ON_TIME",
                        "2026-10-10 330281-C01 2026-Q3 ON_TIME",
                        "2026-11-05 330281-101 2026-10 MISSING",
                        "2026-11-05 330281-102 2026-10 ON_TIME",
                        // 12-05 is a Saturday
                        "2026-12-07 330281-101 2026-11 UPCOMING",
                        "2026-12-07 330281-102 2026-11 UPCOMING",
                        "2026-12-15 330281-101-M01 2026-Q4 UPCOMING");
    }

    private static void fileTheDaysReports(RhythmHarness rhythm, LocalDate day) {
        rhythm.clock.set(day, FILING_TIME, SHANGHAI);
        FilingDraft filing = FILINGS.get(day);
        if (filing != null) {
            rhythm.filings.file(filing);
        }
    }

    private static void collect(RhythmHarness rhythm, LocalDate day, List<Flag> flags, List<Sent> reminders) {
        List<ReportingComplianceChanged> all = rhythm.published.published();
        all.subList(flags.size(), all.size()).forEach(fact -> flags.add(Flag.of(day, fact)));
        rhythm.sms.drain().forEach(sms -> reminders.add(new Sent(day, "sms", sms.phone(), chinese(sms.text()))));
        rhythm.mail.drain().forEach(mail -> reminders.add(new Sent(day, "mail", mail.address(), chinese(mail.body()))));
    }

    private static String chinese(String text) {
        return text.substring(0, text.indexOf("/ ")).strip();
    }

    private static List<Sent> expectedReminders() {
        List<Sent> sent = new ArrayList<>();
        String june = "东山镇2026年6月预警信息月报今天（7月6日）截止报送，尚未收到。";
        remind(sent, "07-06", june, T2_SMS, T2_MAIL);
        remind(sent, "07-10", "县人民医院2026年第二季度预警信息季报今天（7月10日）截止报送，尚未收到。", HOSPITAL_MAIL);
        // 8-01 is a Saturday: two working days before are Friday 7-31 and Thursday 7-30
        township(sent, "07-30", "2026年7月预警信息月报将于8月1日开始报送，截止8月5日。", true);
        township(sent, "08-05", "2026年7月预警信息月报今天（8月5日）截止报送，尚未收到。", true);
        township(sent, "08-28", "2026年8月预警信息月报将于9月1日开始报送，截止9月7日。", true);
        township(sent, "09-07", "2026年8月预警信息月报今天（9月7日）截止报送，尚未收到。", true);
        remind(sent, "09-08", "镇卫生院监测点2026年第三季度预警信息季报将于9月10日开始报送，截止9月15日。", POINT_SMS, POINT_MAIL);
        remind(sent, "09-15", "镇卫生院监测点2026年第三季度预警信息季报今天（9月15日）截止报送，尚未收到。", POINT_SMS, POINT_MAIL);
        // 10-01 opens in the holiday; Mid-Autumn ends 9-27, so two working days before are 9-30 and 9-29
        township(sent, "09-29", "2026年9月预警信息月报将于10月1日开始报送，截止10月8日。", true);
        remind(sent, "09-29", "县人民医院2026年第三季度预警信息季报将于10月1日开始报送，截止10月10日。", HOSPITAL_MAIL);
        // 东山镇 filed on 10-06: only 城关镇 is reminded on the last day
        township(sent, "10-08", "2026年9月预警信息月报今天（10月8日）截止报送，尚未收到。", false);
        remind(sent, "10-10", "县人民医院2026年第三季度预警信息季报今天（10月10日）截止报送，尚未收到。", HOSPITAL_MAIL);
        township(sent, "10-29", "2026年10月预警信息月报将于11月1日开始报送，截止11月5日。", true);
        township(sent, "11-05", "2026年10月预警信息月报今天（11月5日）截止报送，尚未收到。", false);
        return sent;
    }

    private static void township(List<Sent> sent, String day, String what, boolean dongshanToo) {
        remind(sent, day, "城关镇" + what, T1_SMS_A, T1_MAIL, T1_SMS_B);
        if (dongshanToo) {
            remind(sent, day, "东山镇" + what, T2_SMS, T2_MAIL);
        }
    }

    private static void remind(List<Sent> sent, String day, String what, String... recipients) {
        for (String recipient : recipients) {
            String channel = recipient.contains("@") ? "mail" : "sms";
            sent.add(new Sent(date(day), channel, recipient, "【清风预警网】" + what));
        }
    }

    record Flag(
            LocalDate publishedOn,
            String unitCode,
            String period,
            LocalDate opensOn,
            LocalDate closesOn,
            ComplianceState state,
            @Nullable LocalDate filedOn,
            boolean nil,
            int itemCount) {

        static Flag of(LocalDate day, ReportingComplianceChanged fact) {
            return new Flag(
                    day,
                    fact.unitCode(),
                    fact.period(),
                    fact.opensOn(),
                    fact.closesOn(),
                    fact.state(),
                    fact.filedAt() == null ? null : LocalDate.ofInstant(fact.filedAt(), SHANGHAI),
                    fact.nil(),
                    fact.itemCount());
        }
    }

    record Sent(LocalDate on, String channel, String recipient, String chinese) {}

    private static Flag flag(
            String day,
            String unit,
            String period,
            String opensOn,
            String closesOn,
            ComplianceState state,
            boolean nil,
            int itemCount) {
        return new Flag(
                date(day),
                unit,
                period,
                date(opensOn),
                date(closesOn),
                state,
                state == MISSING ? null : date(day),
                nil,
                itemCount);
    }

    private static Map.Entry<LocalDate, FilingDraft> filing(String day, String unit, String period, UUID... items) {
        return Map.entry(LocalDate.parse(day), new FilingDraft(unit, period, items.length == 0, List.of(items)));
    }

    private static LocalDate date(String monthDay) {
        return LocalDate.parse("2026-" + monthDay);
    }

    private static UUID item(int n) {
        return UUID.fromString("00000000-0000-4000-8000-%012d".formatted(n));
    }
}
