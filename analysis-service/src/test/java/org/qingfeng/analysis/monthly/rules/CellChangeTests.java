package org.qingfeng.analysis.monthly.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An item's moves between cells, as the store writes them. */
class CellChangeTests {

    private static final String OCTOBER = Placement.cellKey("2026-10", "t1", "u1", "work-style", "WEB_FORM");
    private static final String RECLASSIFIED = Placement.cellKey("2026-10", "t1", "u1", "land-use", "WEB_FORM");

    @Test
    void countsANewItemOnce() {
        List<CellChange> plan = CellChange.plan("i1", Map.of(), new Placement(OCTOBER, Placement.OPEN));

        assertThat(plan).containsExactly(new CellChange(OCTOBER, "i1", null, Placement.OPEN));
        assertThat(plan.get(0).itemsDelta()).isEqualTo(1);
        assertThat(plan.get(0).handledDelta()).isZero();
    }

    @Test
    void changesNothingWhenTheItemIsAlreadyWhereItBelongs() {
        assertThat(CellChange.plan("i1", Map.of(OCTOBER, Placement.HANDLED), new Placement(OCTOBER, Placement.HANDLED)))
                .isEmpty();
    }

    @Test
    void movesAReclassifiedItemOutOfItsOldCellAndIntoTheNew() {
        List<CellChange> plan =
                CellChange.plan("i1", Map.of(OCTOBER, Placement.OPEN), new Placement(RECLASSIFIED, Placement.HANDLED));

        assertThat(plan)
                .containsExactly(
                        new CellChange(OCTOBER, "i1", Placement.OPEN, null),
                        new CellChange(RECLASSIFIED, "i1", null, Placement.HANDLED));
        assertThat(plan.stream().mapToInt(CellChange::itemsDelta).sum()).isZero();
        assertThat(plan.stream().mapToInt(CellChange::handledDelta).sum()).isEqualTo(1);
    }

    @Test
    void aDuplicateStaysInTheTotalsButLeavesTheProblems() {
        CellChange change = CellChange.plan(
                        "i1", Map.of(OCTOBER, Placement.HANDLED), new Placement(OCTOBER, Placement.EXCLUDED))
                .get(0);

        assertThat(change.itemsDelta()).isZero();
        assertThat(change.handledDelta()).isZero();
        assertThat(change.excludedDelta()).isEqualTo(1);
    }

    @Test
    void classificationOverridesTheSubmittedSubjectAndALateDecisionIsIgnored() {
        ItemState state = ItemState.unknown()
                .decided(2, "ACCEPTED", "land-use")
                .submitted("2026-10", "t1", "u1", "work-style", "WEB_FORM")
                .decided(1, "DUPLICATE", null);

        assertThat(state.placement()).contains(new Placement(RECLASSIFIED, Placement.HANDLED));
    }
}
