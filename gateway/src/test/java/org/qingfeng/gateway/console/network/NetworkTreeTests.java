package org.qingfeng.gateway.console.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.qingfeng.gateway.console.network.RegistryFixtures.anyCounty;
import static org.qingfeng.gateway.console.network.RegistryFixtures.anyNode;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkTreeTests {

    @Test
    void listsTheCountyThenItsWorkStationTownshipsCityUnitsAndDepartmentsDepthFirst() {
        assertThat(NetworkTree.lines(anyCounty(), null))
                .extracting(line -> line.node().code(), TreeLine::depth)
                .containsExactly(
                        tuple("330281", 0),
                        tuple("330281-WS", 1),
                        tuple("330281-101", 1),
                        tuple("330281-101-001", 2),
                        tuple("330281-101-001-01", 3),
                        tuple("330281-C01", 1),
                        tuple("330281-D01", 1));
    }

    @Test
    void showsOneBranchFromItsTop() {
        assertThat(NetworkTree.lines(anyCounty(), "330281-101"))
                .extracting(line -> line.node().code(), TreeLine::depth)
                .containsExactly(tuple("330281-101", 0), tuple("330281-101-001", 1), tuple("330281-101-001-01", 2));
    }

    @Test
    void showsTheWholeTreeForABranchItDoesNotKnow() {
        assertThat(NetworkTree.lines(anyCounty(), "330281-999"))
                .hasSize(anyCounty().size());
    }

    @Test
    void keepsANodeWhoseParentIsMissingAndEachNodeOfALoopOnce() {
        List<RegistryNode> nodes = new ArrayList<>(anyCounty());
        nodes.add(anyNode("330281-201", "TOWNSHIP", "330281-999"));
        nodes.add(anyNode("LOOP-A", "VILLAGE", "LOOP-B"));
        nodes.add(anyNode("LOOP-B", "VILLAGE", "LOOP-A"));

        List<TreeLine> lines = NetworkTree.lines(nodes, null);

        assertThat(lines)
                .extracting(line -> line.node().code())
                .doesNotHaveDuplicates()
                .hasSize(nodes.size());
        assertThat(lines)
                .filteredOn(line -> line.node().code().equals("330281-201"))
                .extracting(TreeLine::depth)
                .containsExactly(0);
    }

    @Test
    void offersTheNodesThatHoldOthersAsBranches() {
        assertThat(NetworkTree.branches(anyCounty()))
                .extracting(RegistryNode::code)
                .containsExactly("330281", "330281-WS", "330281-101", "330281-101-001", "330281-C01");
    }

    @Test
    void indentsNoDeeperThanTheLastIndent() {
        assertThat(new TreeLine(2, anyNode("x", "VILLAGE", null)).indent()).isEqualTo("depth-2");
        assertThat(new TreeLine(9, anyNode("x", "GROUP", null)).indent()).isEqualTo("depth-6");
    }
}
