package org.qingfeng.intake.rhythm.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.qingfeng.intake.rhythm.rules.RhythmRulesFixtures.anyMonitoringPoint;
import static org.qingfeng.intake.rhythm.rules.RhythmRulesFixtures.anyTownship;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;

class FilingRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 3);
    private static final UUID OWN = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final UUID OTHER_TOWNSHIPS = UUID.fromString("00000000-0000-4000-8000-000000000002");
    private static final UUID AT_THE_POINT = UUID.fromString("00000000-0000-4000-8000-000000000003");

    private final Map<UUID, ItemPlace> items = Map.of(
            OWN, new ItemPlace(OWN, "330281-101", "330281-101-001"),
            OTHER_TOWNSHIPS, new ItemPlace(OTHER_TOWNSHIPS, "330281-102", "330281-102-001"),
            AT_THE_POINT, new ItemPlace(AT_THE_POINT, "330281-101", "330281-101-M01"));
    private final List<Set<UUID>> lookups = new ArrayList<>();
    private final FilingRules.ItemLookup lookup = ids -> {
        lookups.add(ids);
        Map<UUID, ItemPlace> found = new HashMap<>(items);
        found.keySet().retainAll(ids);
        return found;
    };
    private final Function<String, Optional<ReportingUnit>> units = code -> Optional.of(anyTownship())
            .filter(u -> u.code().equals(code))
            .or(() -> Optional.of(anyMonitoringPoint()).filter(u -> u.code().equals(code)));

    @Test
    void acceptsATownshipsReportWithItsOwnItems() {
        Filing filing = check(new FilingDraft("330281-101", "2026-10", null, List.of(OWN)));

        assertThat(filing.unit()).isEqualTo(anyTownship());
        assertThat(filing.period().label()).isEqualTo("2026-10");
        assertThat(filing.nil()).isFalse();
        assertThat(filing.itemIds()).containsExactly(OWN);
        assertThat(lookups).containsExactly(Set.of(OWN));
    }

    @Test
    void acceptsAnExplicitNilReport() {
        Filing filing = check(new FilingDraft("330281-101", "2026-10", true, List.of()));

        assertThat(filing.nil()).isTrue();
        assertThat(filing.itemIds()).isEmpty();
        assertThat(lookups).isEmpty();
    }

    @Test
    void aMonitoringPointsItemsAreThosePlacedAtIt() {
        Filing filing = check(new FilingDraft("330281-101-M01", "2026-Q3", false, List.of(AT_THE_POINT)));

        assertThat(filing.itemIds()).containsExactly(AT_THE_POINT);
        assertThat(violations(new FilingDraft("330281-101-M01", "2026-Q3", false, List.of(OWN))))
                .containsExactly(new Violation("itemIds[0]", "不是本单位的预警信息 / not an item of this unit"));
    }

    @Test
    void namesEveryMissingField() {
        assertThat(violations(new FilingDraft(null, null, null, null)))
                .extracting(Violation::field)
                .containsExactly("unitCode", "period", "itemIds");
    }

    @Test
    void refusesAUnitThatDoesNotReport() {
        assertThat(violations(new FilingDraft("330281-101-001", "2026-10", true, null)))
                .containsExactly(new Violation(
                        "unitCode", "不是在用的乡镇、市直单位或监测点 / not an active township, city unit or monitoring point"));
    }

    @Test
    void thePeriodMustHaveTheFormOfTheUnitsCycle() {
        assertThat(violations(new FilingDraft("330281-101", "2026-Q3", true, null)))
                .containsExactly(new Violation("period", "乡镇按月报送，格式应为 yyyy-MM / a township reports monthly: yyyy-MM"));
        assertThat(violations(new FilingDraft("330281-101-M01", "2026-09", true, null)))
                .extracting(Violation::message)
                .containsExactly("该单位按季度报送，格式应为 yyyy-Qn / this unit reports quarterly: yyyy-Qn");
    }

    @Test
    void thePeriodMustHaveStarted() {
        assertThat(violations(new FilingDraft("330281-101", "2026-12", true, null)))
                .containsExactly(new Violation("period", "报送期尚未开始 / the period has not started yet"));
        assertThat(check(new FilingDraft("330281-101", "2026-11", true, null))
                        .period()
                        .label())
                .isEqualTo("2026-11");
    }

    @Test
    void aNilReportCarriesNoItemsAndAnyOtherReportSomeItems() {
        assertThat(violations(new FilingDraft("330281-101", "2026-10", true, List.of(OWN))))
                .extracting(Violation::field, Violation::message)
                .containsExactly(tuple("itemIds", "无异常情况报告不能附带预警信息 / a nil report carries no items"));
        assertThat(violations(new FilingDraft("330281-101", "2026-10", false, List.of())))
                .extracting(Violation::field)
                .containsExactly("itemIds");
    }

    @Test
    void namesEachItemThatIsUnknownListedTwiceOrAnotherUnits() {
        UUID unknown = UUID.fromString("00000000-0000-4000-8000-0000000000ff");

        assertThat(violations(new FilingDraft("330281-101", "2026-10", null, Arrays.asList(OWN, null, OWN))))
                .containsExactly(
                        new Violation("itemIds[1]", "必填 / required"),
                        new Violation("itemIds[2]", "重复列出 / listed twice"));
        assertThat(violations(new FilingDraft("330281-101", "2026-10", null, List.of(OWN, unknown, OTHER_TOWNSHIPS))))
                .containsExactly(
                        new Violation("itemIds[1]", "未找到该预警信息 / no such item"),
                        new Violation("itemIds[2]", "不是本单位的预警信息 / not an item of this unit"));
        assertThat(lookups).containsExactly(Set.of(OWN, unknown, OTHER_TOWNSHIPS));
    }

    @Test
    void refusesMoreItemsThanOneReportTakes() {
        List<UUID> many = new ArrayList<>();
        for (int i = 0; i <= FilingRules.MAX_ITEMS; i++) {
            many.add(UUID.randomUUID());
        }

        assertThat(violations(new FilingDraft("330281-101", "2026-10", null, many)))
                .extracting(Violation::field)
                .containsExactly("itemIds");
        assertThat(lookups).isEmpty();
    }

    private Filing check(FilingDraft draft) {
        return FilingRules.check(draft, units, TODAY, lookup);
    }

    private List<Violation> violations(FilingDraft draft) {
        return catchThrowableOfType(RulesViolated.class, () -> check(draft)).violations();
    }
}
