package org.qingfeng.analysis.index.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.qingfeng.analysis.index.rules.IndexFixtures.COUNTY;
import static org.qingfeng.analysis.index.rules.IndexFixtures.OTHER_TOWNSHIP;
import static org.qingfeng.analysis.index.rules.IndexFixtures.TOWNSHIP;
import static org.qingfeng.analysis.index.rules.IndexFixtures.UNIT;
import static org.qingfeng.analysis.index.rules.IndexFixtures.VILLAGE;
import static org.qingfeng.analysis.index.rules.IndexFixtures.anyItemFrom;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qingfeng.analysis.index.rules.IndexRow.Level;
import org.qingfeng.contracts.analysis.FindingPublished.FindingKind;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.analysis.TriageDecision;
import org.qingfeng.contracts.disposal.WarningColour;
import org.qingfeng.contracts.intake.ComplianceState;

class IndexSheetTests {

    private static final List<String> REGIONS = List.of(VILLAGE, TOWNSHIP, OTHER_TOWNSHIP);
    private static final List<String> UNITS = List.of(UNIT, COUNTY + "-D04", OTHER_TOWNSHIP, VILLAGE);

    @Test
    void listsRegionsThenUnitsEachByCodeWithTheirOwnFacts() {
        Facts facts = new Facts(
                List.of(
                        anyItemFrom(VILLAGE, UNIT),
                        anyItemFrom(VILLAGE, UNIT),
                        anyItemFrom(OTHER_TOWNSHIP, UNIT),
                        anyItemFrom(OTHER_TOWNSHIP, OTHER_TOWNSHIP)),
                List.of(),
                List.of(),
                List.of(IndexFixtures.report(TOWNSHIP, "2026-08", ComplianceState.MISSING)));

        List<IndexRow> rows = IndexSheet.rows(IndexMethod.INDEX_1, facts, IndexFixtures.county(), COUNTY, c -> true, 1);

        assertThat(rows)
                .extracting(IndexRow::nodeCode, IndexRow::level, IndexRow::items)
                .containsExactly(
                        tuple(COUNTY, Level.REGION, 4),
                        tuple(TOWNSHIP, Level.REGION, 2),
                        tuple(OTHER_TOWNSHIP, Level.REGION, 2),
                        tuple(UNIT, Level.UNIT, 3));
        assertThat(rows.get(1).completeness().score()).isEqualTo(80);
        assertThat(rows.get(0).completeness().score())
                .as("the county holds its townships' reports")
                .isEqualTo(80);
        assertThat(rows.get(2).completeness().score()).isEqualTo(100);
    }

    @Test
    void showsOnlyTheScopesSubtreeAndWhatTheCallerMaySee() {
        Facts facts = new Facts(
                List.of(anyItemFrom(VILLAGE, VILLAGE), anyItemFrom(OTHER_TOWNSHIP, UNIT)),
                List.of(),
                List.of(),
                List.of());

        assertThat(IndexSheet.rows(IndexMethod.INDEX_1, facts, IndexFixtures.county(), TOWNSHIP, c -> true, 1))
                .extracting(IndexRow::nodeCode)
                .containsExactly(TOWNSHIP, VILLAGE);
        assertThat(IndexSheet.rows(IndexMethod.INDEX_1, facts, IndexFixtures.county(), COUNTY, c -> !c.equals(UNIT), 1))
                .extracting(IndexRow::nodeCode)
                .containsExactly(COUNTY, TOWNSHIP, OTHER_TOWNSHIP, VILLAGE);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42})
    void theSameFactsInAnyOrderGiveTheSameRows(long seed) {
        Facts facts = anyQuarter(new Random(seed));
        Random shuffle = new Random(seed + 1000);

        for (IndexMethod method : IndexMethod.ALL) {
            List<IndexRow> first = IndexSheet.rows(method, facts, IndexFixtures.county(), COUNTY, c -> true, 3);
            List<IndexRow> again = IndexSheet.rows(method, facts, IndexFixtures.county(), COUNTY, c -> true, 3);
            List<IndexRow> shuffled =
                    IndexSheet.rows(method, shuffled(facts, shuffle), IndexFixtures.county(), COUNTY, c -> true, 3);

            assertThat(again).isEqualTo(first);
            assertThat(shuffled).isEqualTo(first);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42})
    void everyGradeIsExplainedByItsDeductions(long seed) {
        Facts facts = anyQuarter(new Random(seed));

        for (IndexMethod method : IndexMethod.ALL) {
            List<IndexRow> rows = IndexSheet.rows(method, facts, IndexFixtures.county(), COUNTY, c -> true, 3);
            assertThat(rows).isNotEmpty();
            for (IndexRow row : rows) {
                if (!row.suppressed()) {
                    int points = 0;
                    for (Deduction deduction : row.integrity().deductions()) {
                        Rule rule = Rule.valueOf(deduction.rule());
                        int weighed = method.weight(rule) * deduction.count();
                        Integer cap = method.cap(rule);
                        assertThat(deduction.points()).isEqualTo(cap == null ? weighed : Math.min(cap, weighed));
                        assertThat(deduction.itemIds()).isNotEmpty();
                        points += deduction.points();
                    }
                    assertThat(row.integrity().score()).isEqualTo(Math.max(0, 100 - points));
                    assertThat(row.integrity().grade())
                            .isEqualTo(Grade.of(row.integrity().score()));
                }
                int missing = 0;
                for (Deduction deduction : row.completeness().deductions()) {
                    missing += deduction.points();
                    assertThat(deduction.reports()).hasSize(deduction.count());
                }
                assertThat(row.completeness().score()).isEqualTo(Math.max(0, 100 - missing));
            }
        }
    }

    /** A quarter of random facts over the fixtures' county: items, warnings, findings, reports. */
    private static Facts anyQuarter(Random random) {
        List<Facts.Item> items = new ArrayList<>();
        List<Facts.Warning> warnings = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            TriageDecision decision = pick(random, TriageDecision.values(), true);
            Facts.Item item = new Facts.Item(
                    new UUID(random.nextLong(), random.nextLong()),
                    pick(random, REGIONS),
                    pick(random, UNITS),
                    decision,
                    pick(random, Severity.values(), true));
            items.add(item);
            if (random.nextInt(4) == 0) {
                warnings.add(new Facts.Warning(
                        new UUID(random.nextLong(), random.nextLong()),
                        item.itemId(),
                        item.unitCode(),
                        random.nextBoolean() ? TOWNSHIP : OTHER_TOWNSHIP,
                        pick(random, WarningColour.values(), false),
                        decision));
            }
        }
        List<Facts.Finding> findings = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            FindingKind kind = pick(random, FindingKind.values(), false);
            findings.add(new Facts.Finding(
                    new UUID(random.nextLong(), random.nextLong()),
                    kind,
                    pick(random, List.of(COUNTY, TOWNSHIP, OTHER_TOWNSHIP)),
                    kind == FindingKind.WIDESPREAD ? UNITS.subList(0, 3) : List.of(pick(random, UNITS)),
                    List.of(items.get(random.nextInt(items.size())).itemId())));
        }
        List<Facts.Report> reports = new ArrayList<>();
        for (String unit : List.of(TOWNSHIP, OTHER_TOWNSHIP, UNIT)) {
            for (String month : List.of("2026-07", "2026-08", "2026-09")) {
                reports.add(IndexFixtures.report(unit, month, pick(random, ComplianceState.values(), false)));
            }
        }
        return new Facts(items, warnings, findings, reports);
    }

    private static Facts shuffled(Facts facts, Random random) {
        return new Facts(
                shuffled(facts.items(), random),
                shuffled(facts.warnings(), random),
                shuffled(facts.findings(), random),
                shuffled(facts.reports(), random));
    }

    private static <T> List<T> shuffled(List<T> list, Random random) {
        List<T> copy = new ArrayList<>(list);
        Collections.shuffle(copy, random);
        return copy;
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static <T> @Nullable T pick(Random random, T[] values, boolean orNone) {
        int index = random.nextInt(values.length + (orNone ? 1 : 0));
        return index == values.length ? null : values[index];
    }
}
