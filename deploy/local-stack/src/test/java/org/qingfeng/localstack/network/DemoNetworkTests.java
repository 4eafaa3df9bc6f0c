package org.qingfeng.localstack.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.intake.NodeKind;

class DemoNetworkTests {

    private static final Map<NodeKind, Set<NodeKind>> ALLOWED_PARENTS = Map.of(
            NodeKind.WORK_STATION, Set.of(NodeKind.COUNTY),
            NodeKind.TOWNSHIP, Set.of(NodeKind.WORK_STATION),
            NodeKind.CITY_UNIT, Set.of(NodeKind.WORK_STATION),
            NodeKind.VILLAGE, Set.of(NodeKind.TOWNSHIP),
            NodeKind.GROUP, Set.of(NodeKind.VILLAGE),
            NodeKind.MONITORING_POINT, Set.of(NodeKind.TOWNSHIP, NodeKind.CITY_UNIT),
            NodeKind.DEPARTMENT, Set.of(NodeKind.COUNTY, NodeKind.TOWNSHIP, NodeKind.CITY_UNIT));

    private final List<NetworkNode> nodes = DemoNetwork.nodes();
    private final Map<String, NetworkNode> byCode =
            nodes.stream().collect(Collectors.toMap(NetworkNode::code, Function.identity()));

    @Test
    void hasOneCountyAtTheRootAndUniqueCodes() {
        assertThat(byCode).hasSameSizeAs(nodes);
        assertThat(nodes)
                .filteredOn(n -> n.parentCode() == null)
                .singleElement()
                .satisfies(root -> {
                    assertThat(root.kind()).isEqualTo(NodeKind.COUNTY);
                    assertThat(root.code()).isEqualTo(DemoNetwork.COUNTY_CODE);
                    assertThat(root.name()).isEqualTo("示范县");
                });
    }

    @Test
    void listsEveryParentBeforeItsChildrenSoTheTreeHasNoCycle() {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            position.put(nodes.get(i).code(), i);
        }
        for (NetworkNode node : nodes) {
            if (node.parentCode() != null) {
                assertThat(position).as("parent of %s", node.code()).containsKey(node.parentCode());
                assertThat(position.get(node.parentCode())).isLessThan(position.get(node.code()));
            }
        }
    }

    @Test
    void placesEveryKindUnderAKindThatMayHoldIt() {
        for (NetworkNode node : nodes) {
            if (node.parentCode() != null) {
                NodeKind parentKind = byCode.get(node.parentCode()).kind();
                assertThat(ALLOWED_PARENTS.get(node.kind()))
                        .as("%s %s under %s", node.kind(), node.code(), parentKind)
                        .contains(parentKind);
            }
        }
    }

    @Test
    void namesOnlyDepartmentsAsCompetentDepartmentsAndOnlyForDepartments() {
        assertThat(nodes)
                .filteredOn(n -> n.competentDepartmentCode() != null)
                .isNotEmpty()
                .allSatisfy(n -> {
                    assertThat(n.kind()).isEqualTo(NodeKind.DEPARTMENT);
                    assertThat(byCode.get(n.competentDepartmentCode()).kind()).isEqualTo(NodeKind.DEPARTMENT);
                });
    }

    @Test
    void coversTheWholeNetworkShapeOfACounty() {
        Map<NodeKind, Long> counts =
                nodes.stream().collect(Collectors.groupingBy(NetworkNode::kind, Collectors.counting()));
        assertThat(counts.get(NodeKind.WORK_STATION)).isEqualTo(1);
        assertThat(counts.get(NodeKind.TOWNSHIP)).isGreaterThanOrEqualTo(3);
        assertThat(counts.get(NodeKind.CITY_UNIT)).isEqualTo(2);
        assertThat(counts.get(NodeKind.MONITORING_POINT)).isGreaterThanOrEqualTo(4);
        assertThat(nodes).filteredOn(n -> n.kind() == NodeKind.TOWNSHIP).allSatisfy(township -> assertThat(
                        nodes.stream().filter(n -> n.kind() == NodeKind.VILLAGE).filter(n -> township.code()
                                .equals(n.parentCode())))
                .hasSizeBetween(2, 3));
    }

    @Test
    void describesMonitoringPointsByWhereTheySitAndNamesOnlyPostsAsContacts() {
        assertThat(nodes)
                .filteredOn(n -> n.kind() == NodeKind.MONITORING_POINT)
                .allSatisfy(point -> assertThat(point.host()).isNotNull());
        assertThat(nodes)
                .filteredOn(n -> n.kind() == NodeKind.DEPARTMENT)
                .allSatisfy(department -> assertThat(department.contactRoles()).isNotEmpty());
        assertThat(nodes).filteredOn(n -> n.kind() == NodeKind.GROUP).isNotEmpty();
    }

    @Test
    void appointsDemoInformantsAsTheSeedsSay() {
        List<DemoInformant> informants = DemoNetwork.informants();
        assertThat(informants).extracting(DemoInformant::number).doesNotHaveDuplicates();
        assertThat(informants).allSatisfy(informant -> {
            NodeKind home = byCode.get(informant.homeNodeCode()).kind();
            NodeKind appointer = byCode.get(informant.appointedByCode()).kind();
            if (home == NodeKind.VILLAGE || home == NodeKind.GROUP) {
                assertThat(appointer).as(informant.number()).isEqualTo(NodeKind.TOWNSHIP);
                assertThat(informant.homeNodeCode()).startsWith(informant.appointedByCode() + "-");
            } else {
                assertThat(appointer).as(informant.number()).isEqualTo(NodeKind.WORK_STATION);
            }
            assertThat(informant.phone()).as("an unassigned demo range").startsWith("1380000");
            assertThat(informant.roles()).contains("INTEGRITY");
        });
    }

    @Test
    void submitsSampleItemsFromVillagesAboutDepartmentsOfTheNetwork() {
        assertThat(DemoNetwork.sampleItems()).isNotEmpty().allSatisfy(item -> {
            assertThat(byCode.get(item.regionCode()).kind()).isEqualTo(NodeKind.VILLAGE);
            assertThat(byCode.get(item.unitCode()).kind()).isEqualTo(NodeKind.DEPARTMENT);
            assertThat(item.description()).isNotBlank();
        });
        assertThat(DemoNetwork.bannerItem().subjectArea()).isEqualTo("work-style");
    }
}
