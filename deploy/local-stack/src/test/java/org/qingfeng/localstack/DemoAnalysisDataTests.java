package org.qingfeng.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.contracts.intake.RiskCategory;
import org.qingfeng.localstack.network.DemoNetwork;
import org.qingfeng.localstack.network.NetworkNode;

class DemoAnalysisDataTests {

    private final Map<String, NodeKind> kinds =
            DemoNetwork.nodes().stream().collect(Collectors.toMap(NetworkNode::code, NetworkNode::kind));

    @Test
    void everyDemoRiskPointBelongsToADemoUnitAndNamesAKnownCategoryAndLevel() {
        var points = DemoAnalysisLoader.riskPoints();

        assertThat(points).isNotEmpty().allSatisfy(point -> {
            assertThat(kinds.get((String) point.get("unitCode"))).isEqualTo(NodeKind.DEPARTMENT);
            assertThat(RiskCategory.valueOf((String) point.get("category"))).isNotNull();
            assertThat((String) point.get("level")).isIn("A", "B", "C");
            assertThat((String) point.get("riskPointId")).startsWith((String) point.get("unitCode") + "-P");
        });
    }

    /** The banner promises a widespread problem: the monthly analysis flags one in three units. */
    @Test
    void theDemoItemsShareOneSubjectAreaInAtLeastThreeUnits() {
        Map<String, Set<String>> unitsBySubject = DemoNetwork.sampleItems().stream()
                .collect(Collectors.groupingBy(
                        item -> item.subjectArea(), Collectors.mapping(item -> item.unitCode(), Collectors.toSet())));

        assertThat(unitsBySubject.values()).anySatisfy(units -> assertThat(units)
                .hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(code -> assertThat(kinds.get(code)).isEqualTo(NodeKind.DEPARTMENT)));
    }
}
