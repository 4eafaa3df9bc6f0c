package org.qingfeng.intake.rhythm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qingfeng.intake.rhythm.rules.RhythmRulesFixtures.anyCityUnit;
import static org.qingfeng.intake.rhythm.rules.RhythmRulesFixtures.anyMonitoringPoint;
import static org.qingfeng.intake.rhythm.rules.RhythmRulesFixtures.anyTownship;
import static org.qingfeng.intake.rhythm.rules.RhythmRulesFixtures.defaultRhythm;
import static org.qingfeng.intake.rhythm.rules.RhythmRulesFixtures.period;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReminderTextsTests {

    private final ReportingRhythm rhythm = defaultRhythm();

    @Test
    void announcesATownshipsWindowChineseFirst() {
        ReportingWindow october = rhythm.window(anyTownship(), period(anyTownship(), "2026-10"));

        assertThat(ReminderTexts.text(october, ReminderKind.BEFORE_OPENING))
                .isEqualTo(
                        "【清风预警网】城关镇2026年10月预警信息月报将于11月1日开始报送，截止11月5日。"
                                + "/ Qingfeng: the monthly report of 城关镇 for October 2026 is due from 1 November to 5 November.");
        assertThat(ReminderTexts.subject(october, ReminderKind.BEFORE_OPENING))
                .isEqualTo("【清风预警网】报送提醒：城关镇2026年10月预警信息月报 / Reporting reminder: monthly report, October 2026");
    }

    @Test
    void warnsOnTheLastDayOfAQuarter() {
        ReportingWindow third = rhythm.window(anyCityUnit(), period(anyCityUnit(), "2026-Q3"));

        assertThat(ReminderTexts.text(third, ReminderKind.LAST_DAY))
                .isEqualTo("【清风预警网】县人民医院2026年第三季度预警信息季报今天（10月10日）截止报送，尚未收到。"
                        + "/ Qingfeng: today (10 October) is the last day for the quarterly report of 县人民医院 for"
                        + " 2026 Q3, and it has not been received.");
        assertThat(ReminderTexts.subject(third, ReminderKind.LAST_DAY)).startsWith("【清风预警网】今日截止：县人民医院2026年第三季度预警信息季报");
    }

    @Test
    void namesTheYearOfADayInAnotherYearThanThePeriod() {
        ReportingWindow december = new ReportingWindow(
                anyMonitoringPoint(),
                period(anyMonitoringPoint(), "2026-Q4"),
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 1, 5));

        assertThat(ReminderTexts.text(december, ReminderKind.BEFORE_OPENING))
                .contains("将于2027年1月1日开始报送，截止2027年1月5日")
                .contains("from 1 January 2027 to 5 January 2027");
    }
}
