package org.qingfeng.intake.network.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qingfeng.intake.NetworkFixtures.CITY_UNIT;
import static org.qingfeng.intake.NetworkFixtures.CLOSED_VILLAGE;
import static org.qingfeng.intake.NetworkFixtures.COUNTY;
import static org.qingfeng.intake.NetworkFixtures.DEPARTMENT;
import static org.qingfeng.intake.NetworkFixtures.GROUP;
import static org.qingfeng.intake.NetworkFixtures.POINT_IN_DEPARTMENT;
import static org.qingfeng.intake.NetworkFixtures.POINT_IN_TOWNSHIP;
import static org.qingfeng.intake.NetworkFixtures.TOWNSHIP;
import static org.qingfeng.intake.NetworkFixtures.VILLAGE;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.intake.NetworkFixtures;

class NetworkViewTests {

    private final NetworkView network = NetworkFixtures.anyNetworkView();

    @Test
    void aNodesLineageRunsFromItselfUpToTheRootAndIsEmptyWhenUnknown() {
        assertThat(network.lineage(GROUP)).containsExactly(GROUP, VILLAGE, TOWNSHIP, COUNTY);
        assertThat(network.lineage(COUNTY)).containsExactly(COUNTY);
        assertThat(network.lineage("330281-999")).isEmpty();
    }

    @Test
    void aLineageStopsWhereBadDataLoops() {
        NetworkView looped = NetworkView.of(List.of(
                new NetworkNode("A", NodeKind.TOWNSHIP, "甲", "B", null, true),
                new NetworkNode("B", NodeKind.TOWNSHIP, "乙", "A", null, true)));

        assertThat(looped.lineage("A")).containsExactly("A", "B");
    }

    @Test
    void aSubtreeHoldsTheNodeAndEverythingBelowItOnly() {
        assertThat(network.subtree(TOWNSHIP))
                .containsExactlyInAnyOrder(TOWNSHIP, VILLAGE, CLOSED_VILLAGE, GROUP, POINT_IN_TOWNSHIP);
        assertThat(network.subtree(DEPARTMENT)).containsExactlyInAnyOrder(DEPARTMENT, POINT_IN_DEPARTMENT);
        assertThat(network.subtree("330281-999")).isEmpty();
    }

    @Test
    void aVillageReportsThroughTheTownshipAboveIt() {
        assertThat(network.reportingPointOf(VILLAGE)).contains(TOWNSHIP);
    }

    @Test
    void aTownshipAndACityUnitAreTheirOwnReportingPoints() {
        assertThat(network.reportingPointOf(TOWNSHIP)).contains(TOWNSHIP);
        assertThat(network.reportingPointOf(CITY_UNIT)).contains(CITY_UNIT);
    }

    @Test
    void aMonitoringPointReportsThroughTheTownshipInItsParentChain() {
        assertThat(network.reportingPointOf(POINT_IN_TOWNSHIP)).contains(TOWNSHIP);
    }

    @Test
    void aMonitoringPointWithNoTownshipAboveReportsDirectly() {
        assertThat(network.reportingPointOf(POINT_IN_DEPARTMENT)).contains(POINT_IN_DEPARTMENT);
    }

    @Test
    void aVillageCutOffFromAnyTownshipHasNoReportingPoint() {
        NetworkView orphaned =
                network.with(List.of(new NetworkNode("330281-X", NodeKind.VILLAGE, "孤村", COUNTY, null, true)));

        assertThat(orphaned.reportingPointOf("330281-X")).isEmpty();
        assertThat(orphaned.reportingPointOf("no-such-node")).isEmpty();
    }

    @Test
    void stopsWalkingWhenAParentChainLoops() {
        NetworkView looped = NetworkView.of(List.of(
                new NetworkNode("a", NodeKind.VILLAGE, "甲", "b", null, true),
                new NetworkNode("b", NodeKind.VILLAGE, "乙", "a", null, true)));

        assertThat(looped.reportingPointOf("a")).isEmpty();
    }

    @Test
    void placesItemsOnlyInActiveGroupsVillagesTownshipsCityUnitsAndMonitoringPoints() {
        assertThat(List.of(GROUP, VILLAGE, TOWNSHIP, CITY_UNIT, POINT_IN_TOWNSHIP))
                .allMatch(network::isActiveRegion);
        assertThat(List.of(CLOSED_VILLAGE, COUNTY, DEPARTMENT, "no-such-node")).noneMatch(network::isActiveRegion);
    }

    @Test
    void letsItemsConcernOnlyActiveDepartmentsAndCityUnits() {
        assertThat(List.of(DEPARTMENT, CITY_UNIT)).allMatch(network::isActiveUnit);
        assertThat(List.of(VILLAGE, TOWNSHIP, COUNTY, "no-such-node")).noneMatch(network::isActiveUnit);
    }

    @Test
    void aChangedNodeReplacesTheOldOneWithoutTouchingTheOriginalView() {
        NetworkNode closed = new NetworkNode(VILLAGE, NodeKind.VILLAGE, "东山村", TOWNSHIP, null, false);

        NetworkView changed = network.with(List.of(closed));

        assertThat(changed.isActiveRegion(VILLAGE)).isFalse();
        assertThat(network.isActiveRegion(VILLAGE)).isTrue();
        assertThat(changed.size()).isEqualTo(network.size());
    }
}
