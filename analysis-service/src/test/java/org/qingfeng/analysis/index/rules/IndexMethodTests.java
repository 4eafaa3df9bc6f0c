package org.qingfeng.analysis.index.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.qingfeng.analysis.index.rules.IndexFixtures.TOWNSHIP;
import static org.qingfeng.analysis.index.rules.IndexFixtures.UNIT;
import static org.qingfeng.analysis.index.rules.IndexFixtures.VILLAGE;
import static org.qingfeng.analysis.index.rules.IndexFixtures.anyAccepted;
import static org.qingfeng.analysis.index.rules.IndexFixtures.anyFinding;
import static org.qingfeng.analysis.index.rules.IndexFixtures.anyItem;
import static org.qingfeng.analysis.index.rules.IndexFixtures.anyWarning;
import static org.qingfeng.analysis.index.rules.IndexFixtures.items;
import static org.qingfeng.analysis.index.rules.IndexFixtures.report;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.qingfeng.analysis.index.rules.IndexRow.Level;
import org.qingfeng.contracts.analysis.FindingPublished.FindingKind;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.analysis.TriageDecision;
import org.qingfeng.contracts.disposal.WarningColour;
import org.qingfeng.contracts.intake.ComplianceState;
import org.qingfeng.contracts.intake.NodeKind;

class IndexMethodTests {

    private static final int MIN_COUNT = 3;

    @ParameterizedTest
    @CsvSource({"MINOR, 1, 2", "MODERATE, 2, 4", "SERIOUS, 4, 8", "GRAVE, 8, 16"})
    void anUpheldItemDeductsByItsSeverityAndIndexTwoDoublesIt(Severity severity, int first, int second) {
        Facts facts = items(anyAccepted(severity), anyAccepted(severity), anyAccepted(severity));

        assertThat(onlyDeduction(IndexMethod.INDEX_1, facts).points()).isEqualTo(3 * first);
        assertThat(onlyDeduction(IndexMethod.INDEX_1, facts).rule()).isEqualTo("ITEM_" + severity);
        assertThat(onlyDeduction(IndexMethod.INDEX_2, facts).points()).isEqualTo(Math.min(30, 3 * second));
    }

    @Test
    void aLinkedItemDeductsLikeAnAcceptedOneAndOneWithoutClassificationAsMinor() {
        Facts.Item linked = anyItem(TriageDecision.LINKED, Severity.SERIOUS);
        Facts.Item unclassified = anyItem(TriageDecision.ACCEPTED, null);
        Facts.Item third = anyAccepted(Severity.SERIOUS);

        IndexRow row = unitRow(IndexMethod.INDEX_1, items(linked, unclassified, third));

        assertThat(row.integrity().deductions())
                .extracting(Deduction::rule, Deduction::points, Deduction::count)
                .containsExactly(tuple("ITEM_MINOR", 1, 1), tuple("ITEM_SERIOUS", 8, 2));
        assertThat(row.integrity().score()).isEqualTo(91);
    }

    @ParameterizedTest
    @EnumSource(
            value = TriageDecision.class,
            names = {"UNFOUNDED", "MALICIOUS", "DUPLICATE"})
    void anItemFoundUntrueOrARepeatDeductsNothing(TriageDecision decision) {
        IndexRow row = unitRow(
                IndexMethod.INDEX_1,
                items(anyItem(decision, Severity.GRAVE), anyItem(decision, Severity.GRAVE), anyItem(null, null)));

        assertThat(row.integrity().deductions()).isEmpty();
        assertThat(row.integrity().score()).isEqualTo(100);
        assertThat(row.items()).isEqualTo(3);
    }

    @ParameterizedTest
    @CsvSource({"BLUE, 2", "YELLOW, 4", "ORANGE, 8", "RED, 15"})
    void aWarningDeductsByItsColourAndLinksItsItem(WarningColour colour, int points) {
        Facts.Item pending = anyItem(null, null);
        Facts.Warning warning = anyWarning(pending, colour);
        Facts facts = new Facts(
                List.of(pending, anyItem(null, null), anyItem(null, null)), List.of(warning), List.of(), List.of());

        Deduction deduction = onlyDeduction(IndexMethod.INDEX_1, facts);

        assertThat(deduction.rule()).isEqualTo("WARNING_" + colour);
        assertThat(deduction.points()).isEqualTo(points);
        assertThat(deduction.warningIds()).containsExactly(warning.warningId());
        assertThat(deduction.itemIds()).containsExactly(pending.itemId());
    }

    @Test
    void aWarningOnAnItemFoundUnfoundedNoLongerCounts() {
        Facts.Item unfounded = anyItem(TriageDecision.UNFOUNDED, null);
        Facts facts = new Facts(
                List.of(unfounded, anyItem(null, null), anyItem(null, null)),
                List.of(anyWarning(unfounded, WarningColour.RED)),
                List.of(),
                List.of());

        assertThat(unitRow(IndexMethod.INDEX_1, facts).integrity().score()).isEqualTo(100);
    }

    @ParameterizedTest
    @CsvSource({"EMERGING, 2", "TRENDING, 5", "RECURRING, 6"})
    void aFindingDeductsByItsKind(FindingKind kind, int points) {
        Facts facts = new Facts(
                List.of(),
                List.of(),
                List.of(
                        anyFinding(kind, TOWNSHIP, List.of(UNIT)),
                        anyFinding(kind, TOWNSHIP, List.of(UNIT)),
                        anyFinding(kind, TOWNSHIP, List.of(UNIT))),
                List.of());

        Deduction deduction = onlyDeduction(IndexMethod.INDEX_1, facts);

        assertThat(deduction.points()).isEqualTo(3 * points);
        assertThat(deduction.findingIds()).hasSize(3);
        assertThat(deduction.itemIds()).hasSize(3);
    }

    @Test
    void aWidespreadFindingDeductsPerUnitItNamesAndOnceFromEachUnit() {
        Facts.Finding widespread =
                anyFinding(FindingKind.WIDESPREAD, IndexFixtures.COUNTY, List.of(UNIT, "330281-D04", "330281-D05"));
        Facts facts = new Facts(List.of(), List.of(), List.of(widespread), List.of());

        IndexRow county = IndexSheet.row(IndexMethod.INDEX_1, facts, IndexFixtures.county(), IndexFixtures.COUNTY, 1);
        IndexRow unit = IndexSheet.row(IndexMethod.INDEX_1, facts, IndexFixtures.county(), UNIT, 1);

        assertThat(county.integrity().deductions().get(0).points()).isEqualTo(9);
        assertThat(county.integrity().deductions().get(0).count()).isEqualTo(3);
        assertThat(unit.integrity().deductions().get(0).points()).isEqualTo(3);
    }

    @Test
    void completenessIsKeptApartFromIntegrity() {
        Facts facts = new Facts(
                List.of(anyAccepted(Severity.MINOR), anyAccepted(Severity.MINOR), anyAccepted(Severity.MINOR)),
                List.of(),
                List.of(),
                List.of(
                        report(UNIT, "2026-07", ComplianceState.MISSING),
                        report(UNIT, "2026-08", ComplianceState.LATE),
                        report(UNIT, "2026-09", ComplianceState.ON_TIME)));

        IndexRow row = unitRow(IndexMethod.INDEX_1, facts);

        assertThat(row.completeness().score()).isEqualTo(75);
        assertThat(row.completeness().deductions())
                .extracting(Deduction::rule, Deduction::reports)
                .containsExactly(
                        tuple("REPORT_MISSING", List.of(UNIT + "|2026-07")),
                        tuple("REPORT_LATE", List.of(UNIT + "|2026-08")));
        assertThat(row.integrity().score()).isEqualTo(97);
        assertThat(row.integrity().deductions()).extracting(Deduction::rule).containsExactly("ITEM_MINOR");
    }

    @Test
    void scoresNeverFallBelowZero() {
        Facts.Item[] grave = new Facts.Item[15];
        for (int i = 0; i < grave.length; i++) {
            grave[i] = anyAccepted(Severity.GRAVE);
        }
        Facts facts = new Facts(
                List.of(grave),
                List.of(),
                List.of(),
                List.of(
                        report(UNIT, "2026-07", ComplianceState.MISSING),
                        report(UNIT, "2026-08", ComplianceState.MISSING),
                        report(UNIT, "2026-09", ComplianceState.MISSING),
                        report(UNIT, "2026-Q3", ComplianceState.MISSING),
                        report(UNIT + "-x", "2026-Q3", ComplianceState.MISSING),
                        report(UNIT + "-y", "2026-Q3", ComplianceState.MISSING)));

        IndexRow row = IndexMethod.INDEX_1.row(UNIT, NodeKind.DEPARTMENT, Level.UNIT, facts, MIN_COUNT);

        assertThat(row.integrity().score()).isZero();
        assertThat(row.integrity().grade()).isEqualTo(Grade.C);
        assertThat(row.completeness().score()).isZero();
        assertThat(IndexMethod.INDEX_2
                        .row(UNIT, NodeKind.DEPARTMENT, Level.UNIT, facts, MIN_COUNT)
                        .integrity()
                        .score())
                .as("index-2 caps the grave items at 30")
                .isEqualTo(70);
    }

    @ParameterizedTest
    @CsvSource({"100, A", "90, A", "89, B", "75, B", "74, C", "0, C"})
    void gradesFollowTheIntegrityScore(int score, Grade grade) {
        assertThat(Grade.of(score)).isEqualTo(grade);
    }

    @Test
    void aRowWithFewerItemsThanTheThresholdBelowCountyLevelIsSuppressed() {
        Facts.Item grave = anyAccepted(Severity.GRAVE);
        Facts facts = new Facts(
                List.of(grave),
                List.of(anyWarning(grave, WarningColour.RED)),
                List.of(),
                List.of(report(UNIT, "2026-Q3", ComplianceState.LATE)));

        IndexRow row = IndexMethod.INDEX_1.row(UNIT, NodeKind.DEPARTMENT, Level.UNIT, facts, MIN_COUNT);

        assertThat(row.suppressed()).isTrue();
        assertThat(row.items()).isNull();
        assertThat(row.integrity().score()).isNull();
        assertThat(row.integrity().grade()).isNull();
        assertThat(row.integrity().deductions()).singleElement().satisfies(deduction -> {
            assertThat(deduction.rule()).isEqualTo(Deduction.SUPPRESSED);
            assertThat(deduction.points()).isNull();
            assertThat(deduction.count()).isNull();
            assertThat(deduction.itemIds()).isEmpty();
            assertThat(deduction.warningIds()).isEmpty();
        });
        assertThat(row.completeness().score())
                .as("reports rest on no informant")
                .isEqualTo(95);
    }

    @Test
    void aRowWithNoItemsOrEnoughItemsIsShownAndTheCountyAlways() {
        Facts none = Facts.NONE;
        Facts two = items(anyAccepted(Severity.MINOR), anyAccepted(Severity.MINOR));
        Facts three = items(anyAccepted(Severity.MINOR), anyAccepted(Severity.MINOR), anyAccepted(Severity.MINOR));

        assertThat(IndexMethod.INDEX_1
                        .row(TOWNSHIP, NodeKind.TOWNSHIP, Level.REGION, none, MIN_COUNT)
                        .suppressed())
                .isFalse();
        assertThat(IndexMethod.INDEX_1
                        .row(TOWNSHIP, NodeKind.TOWNSHIP, Level.REGION, two, MIN_COUNT)
                        .suppressed())
                .isTrue();
        assertThat(IndexMethod.INDEX_1
                        .row(TOWNSHIP, NodeKind.TOWNSHIP, Level.REGION, three, MIN_COUNT)
                        .suppressed())
                .isFalse();
        assertThat(IndexMethod.INDEX_1
                        .row(VILLAGE, null, Level.UNIT, two, MIN_COUNT)
                        .suppressed())
                .as("a unit the network does not know is not county level")
                .isTrue();
        IndexRow county = IndexMethod.INDEX_1.row(IndexFixtures.COUNTY, NodeKind.COUNTY, Level.REGION, two, MIN_COUNT);
        assertThat(county.suppressed()).isFalse();
        assertThat(county.integrity().score()).isEqualTo(98);
        assertThat(IndexMethod.INDEX_1
                        .row("station", NodeKind.WORK_STATION, Level.REGION, two, MIN_COUNT)
                        .suppressed())
                .isFalse();
    }

    @Test
    void theItemsBehindWarningsAndFindingsCountTowardsTheThreshold() {
        Facts.Item item = anyAccepted(Severity.MINOR);
        Facts facts = new Facts(
                List.of(item),
                List.of(anyWarning(item, WarningColour.BLUE)),
                List.of(
                        anyFinding(FindingKind.EMERGING, TOWNSHIP, List.of(UNIT)),
                        anyFinding(FindingKind.EMERGING, TOWNSHIP, List.of(UNIT))),
                List.of());

        IndexRow row = unitRow(IndexMethod.INDEX_1, facts);

        assertThat(row.suppressed()).isFalse();
        assertThat(row.items()).isEqualTo(3);
        assertThat(row.integrity().score()).isEqualTo(100 - 1 - 2 - 4);
    }

    private static IndexRow unitRow(IndexMethod method, Facts facts) {
        return method.row(UNIT, NodeKind.DEPARTMENT, Level.UNIT, facts, MIN_COUNT);
    }

    private static Deduction onlyDeduction(IndexMethod method, Facts facts) {
        List<Deduction> deductions = unitRow(method, facts).integrity().deductions();
        assertThat(deductions).hasSize(1);
        return deductions.get(0);
    }
}
