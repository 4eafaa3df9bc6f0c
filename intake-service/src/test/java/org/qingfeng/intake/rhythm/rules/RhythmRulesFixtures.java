package org.qingfeng.intake.rhythm.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.intake.CalendarFixtures;

/** Units, settings and the rhythm on the shipped calendar, as the rule tests use them. */
public final class RhythmRulesFixtures {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private RhythmRulesFixtures() {}

    public static ReportingUnit anyTownship() {
        return ReportingUnit.of("330281-101", "城关镇", NodeKind.TOWNSHIP).orElseThrow();
    }

    public static ReportingUnit anyCityUnit() {
        return ReportingUnit.of("330281-C01", "县人民医院", NodeKind.CITY_UNIT).orElseThrow();
    }

    public static ReportingUnit anyMonitoringPoint() {
        return ReportingUnit.of("330281-101-M01", "镇卫生院监测点", NodeKind.MONITORING_POINT)
                .orElseThrow();
    }

    /** The defaults: due on the 5th and the 10th, reminded two working days ahead, a 15-minute grace. */
    public static RhythmSettings defaultSettings() {
        return settings(5, 10, 2, null);
    }

    public static RhythmSettings settings(
            int townshipDueDay, int cityUnitDueDay, int remindWorkingDaysBefore, @Nullable LocalDate startsOn) {
        return new RhythmSettings(
                SHANGHAI, townshipDueDay, cityUnitDueDay, remindWorkingDaysBefore, Duration.ofMinutes(15), startsOn);
    }

    public static ReportingRhythm rhythm(RhythmSettings settings) {
        return new ReportingRhythm(settings, CalendarFixtures.shippedWorkingDays());
    }

    public static ReportingRhythm defaultRhythm() {
        return rhythm(defaultSettings());
    }

    public static ReportingPeriod period(ReportingUnit unit, String label) {
        return ReportingPeriod.parse(unit.cycle(), label).orElseThrow();
    }
}
