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

    /**
     * The banner promises emerging and widespread problems: the monthly analysis (monthly-1) flags a
     * subject area in a unit with no history once it has two reports, and as widespread once three
     * units have at least three each (a unit is elevated at three: P(X≥3 | λ=0.5) = 0.014 < 0.05).
     */
    @Test
    void theDemoMonthGivesThreeUnitsInThreeTownshipsThreeReportsEachOnOneSubject() {
        Map<String, Map<String, Long>> bySubjectAndUnit = DemoAnalysisLoader.monthItems().stream()
                .collect(Collectors.groupingBy(
                        item -> item.subjectArea(),
                        Collectors.groupingBy(item -> item.unitCode(), Collectors.counting())));

        assertThat(bySubjectAndUnit.values()).anySatisfy(units -> {
            Set<String> elevated = units.entrySet().stream()
                    .filter(unit -> unit.getValue() >= 3)
                    .map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            assertThat(elevated).hasSizeGreaterThanOrEqualTo(3).allSatisfy(code -> assertThat(kinds.get(code))
                    .isEqualTo(NodeKind.DEPARTMENT));
            assertThat(elevated.stream().map(code -> code.substring(0, 10)).collect(Collectors.toSet()))
                    .allSatisfy(township -> assertThat(kinds.get(township)).isEqualTo(NodeKind.TOWNSHIP))
                    .hasSizeGreaterThanOrEqualTo(3);
        });
        assertThat(DemoAnalysisLoader.monthItems())
                .allSatisfy(item -> assertThat(kinds.get(item.regionCode())).isEqualTo(NodeKind.VILLAGE));
    }
}
