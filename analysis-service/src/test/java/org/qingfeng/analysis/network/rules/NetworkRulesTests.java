package org.qingfeng.analysis.network.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.intake.InformantStatus;
import org.qingfeng.contracts.intake.NodeKind;

class NetworkRulesTests {

    private static final List<NetworkNode> COUNTY = List.of(
            new NetworkNode("330281", NodeKind.COUNTY, "余姚", null, true),
            new NetworkNode("330281-101", NodeKind.TOWNSHIP, "梨洲街道", "330281", true),
            new NetworkNode("330281-101-001", NodeKind.VILLAGE, "金山村", "330281-101", true),
            new NetworkNode("330281-101-001-01", NodeKind.GROUP, "一组", "330281-101-001", false),
            new NetworkNode("330281-102", NodeKind.TOWNSHIP, "凤山街道", "330281", true));

    @Test
    void aSubtreeHoldsTheNodeAndEverythingBelowItRetiredNodesIncluded() {
        assertThat(Subtree.of(COUNTY, "330281-101"))
                .containsExactlyInAnyOrder("330281-101", "330281-101-001", "330281-101-001-01");
        assertThat(Subtree.of(COUNTY, "330281")).hasSize(5);
    }

    @Test
    void aSubtreeWalkEndsEvenOnACycle() {
        List<NetworkNode> corrupt = List.of(
                new NetworkNode("a", NodeKind.TOWNSHIP, "a", "b", true),
                new NetworkNode("b", NodeKind.VILLAGE, "b", "a", true));

        assertThat(Subtree.of(corrupt, "a")).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    void theSummaryListsEveryKindAndStatusWithTheirTotals() {
        NetworkSummary summary = NetworkSummary.of(
                Map.of(NodeKind.TOWNSHIP, 2L, NodeKind.VILLAGE, 5L),
                Map.of(InformantStatus.ACTIVE, 7L, InformantStatus.DISMISSED, 1L));

        assertThat(summary.nodes()).isEqualTo(7);
        assertThat(summary.byKind()).hasSize(NodeKind.values().length).containsEntry(NodeKind.GROUP, 0L);
        assertThat(summary.informants()).isEqualTo(8);
        assertThat(summary.byStatus()).containsEntry(InformantStatus.SUSPENDED, 0L);
    }
}
