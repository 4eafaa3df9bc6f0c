package org.qingfeng.analysis.register.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qingfeng.analysis.register.RiskPointFixtures.anyPoint;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.analysis.RiskLevel;

class StandingTests {

    private static final Standing.Window WINDOW = new Standing.Window(90, 1);
    private static final LocalDate FIRST = LocalDate.of(2026, 2, 1);

    @Test
    void anALevelPointIsCheckedEverySixMonthsFromItsLastSelfCheck() {
        RiskPoint point = anyPoint("p", "u", RiskLevel.A).selfChecked(LocalDate.of(2026, 1, 15));

        assertThat(Standing.nextSelfCheckOn(point, FIRST)).isEqualTo(LocalDate.of(2026, 7, 15));
    }

    @Test
    void bAndCLevelPointsAreCheckedYearly() {
        RiskPoint b = anyPoint("p", "u", RiskLevel.B).selfChecked(LocalDate.of(2026, 1, 15));
        RiskPoint c = anyPoint("p", "u", RiskLevel.C).selfChecked(LocalDate.of(2025, 3, 2));

        assertThat(Standing.nextSelfCheckOn(b, FIRST)).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(Standing.nextSelfCheckOn(c, FIRST)).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void aMonthEndSelfCheckFallsDueOnTheLastDayOfAShorterMonth() {
        RiskPoint august = anyPoint("p", "u", RiskLevel.A).selfChecked(LocalDate.of(2025, 8, 31));
        RiskPoint leapDay = anyPoint("p", "u", RiskLevel.B).selfChecked(LocalDate.of(2024, 2, 29));

        assertThat(Standing.nextSelfCheckOn(august, FIRST)).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(Standing.nextSelfCheckOn(leapDay, FIRST)).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void aPointNeverCheckedCountsFromItsHolderElseFromItsFirstRecord() {
        RiskPoint neverChecked = withoutSelfCheck(anyPoint("p", "u", RiskLevel.A));
        RiskPoint noHolder = withoutHolder(neverChecked);

        assertThat(Standing.nextSelfCheckOn(neverChecked, FIRST)).isEqualTo(LocalDate.of(2020, 12, 1));
        assertThat(Standing.nextSelfCheckOn(noHolder, FIRST)).isEqualTo(LocalDate.of(2026, 8, 1));
    }

    @Test
    void isOverdueOnlyAfterTheDueDay() {
        RiskPoint point = anyPoint("p", "u", RiskLevel.A).selfChecked(LocalDate.of(2026, 1, 15));

        assertThat(standing(point, LocalDate.of(2026, 7, 15)).overdue()).isFalse();
        assertThat(standing(point, LocalDate.of(2026, 7, 16)).overdue()).isTrue();
        assertThat(standing(point.retired(), LocalDate.of(2026, 7, 16)).overdue())
                .isFalse();
    }

    @Test
    void anALevelPostIsDueForRotationOnTheFifthAnniversaryOfItsHolder() {
        RiskPoint point = anyPoint("p", "u", RiskLevel.A); // holder since 2020-06-01

        assertThat(Standing.rotationDue(point, LocalDate.of(2025, 5, 31))).isFalse();
        assertThat(Standing.rotationDue(point, LocalDate.of(2025, 6, 1))).isTrue();
        assertThat(Standing.rotationDue(anyPoint("p", "u", RiskLevel.B), LocalDate.of(2026, 6, 1)))
                .isFalse();
        assertThat(Standing.rotationDue(withoutPost(point), LocalDate.of(2026, 6, 1)))
                .isFalse();
        assertThat(Standing.rotationDue(withoutHolder(point), LocalDate.of(2026, 6, 1)))
                .isFalse();
    }

    @Test
    void countsTaggedItemsOfTheLastNinetyDaysTodayIncluded() {
        LocalDate today = LocalDate.of(2026, 11, 20);
        List<LocalDate> tagged =
                List.of(today, today.minusDays(89), today.minusDays(90), today.plusDays(1), LocalDate.of(2025, 1, 1));

        Standing standing = Standing.of(anyPoint("p", "u", RiskLevel.C), FIRST, tagged, today, WINDOW);

        assertThat(standing.items()).isEqualTo(2);
        assertThat(standing.firing()).isTrue();
    }

    @Test
    void firesOnlyFromTheConfiguredNumberOfItems() {
        LocalDate today = LocalDate.of(2026, 11, 20);
        List<LocalDate> tagged = List.of(today, today.minusDays(3));

        assertThat(Standing.of(anyPoint("p", "u", RiskLevel.C), FIRST, tagged, today, new Standing.Window(90, 3))
                        .firing())
                .isFalse();
        assertThat(Standing.of(anyPoint("p", "u", RiskLevel.C), FIRST, List.of(), today, WINDOW)
                        .firing())
                .isFalse();
    }

    private static Standing standing(RiskPoint point, LocalDate today) {
        return Standing.of(point, FIRST, List.of(), today, WINDOW);
    }

    private static RiskPoint withoutSelfCheck(RiskPoint p) {
        return new RiskPoint(
                p.riskPointId(),
                p.unitCode(),
                p.post(),
                p.description(),
                p.category(),
                p.level(),
                p.measures(),
                p.leaderLevel(),
                p.responsibleLeader(),
                p.holderSince(),
                null,
                p.keywords(),
                p.active());
    }

    private static RiskPoint withoutHolder(RiskPoint p) {
        return new RiskPoint(
                p.riskPointId(),
                p.unitCode(),
                p.post(),
                p.description(),
                p.category(),
                p.level(),
                p.measures(),
                p.leaderLevel(),
                p.responsibleLeader(),
                null,
                p.lastSelfCheckOn(),
                p.keywords(),
                p.active());
    }

    private static RiskPoint withoutPost(RiskPoint p) {
        return new RiskPoint(
                p.riskPointId(),
                p.unitCode(),
                null,
                p.description(),
                p.category(),
                p.level(),
                p.measures(),
                p.leaderLevel(),
                p.responsibleLeader(),
                p.holderSince(),
                p.lastSelfCheckOn(),
                p.keywords(),
                p.active());
    }
}
