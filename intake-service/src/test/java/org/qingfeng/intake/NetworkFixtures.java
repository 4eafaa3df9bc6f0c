package org.qingfeng.intake;

import java.util.List;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.intake.network.rules.NetworkNode;
import org.qingfeng.intake.network.rules.NetworkView;
import org.qingfeng.intake.network.rules.NodeDraft;

/** A small county network: one township with villages, departments, a city unit and monitoring points. */
public final class NetworkFixtures {

    public static final String COUNTY = "330281";
    public static final String TOWNSHIP = "330281-101";
    public static final String VILLAGE = "330281-101-001";
    public static final String CLOSED_VILLAGE = "330281-101-009";
    public static final String COMPETENT_DEPARTMENT = "330281-D01";
    public static final String DEPARTMENT = "330281-D03";
    public static final String CITY_UNIT = "330281-C01";
    public static final String POINT_IN_TOWNSHIP = "330281-101-M01";
    public static final String POINT_IN_DEPARTMENT = "330281-D03-M01";
    public static final String GROUP = "330281-101-001-01";

    private NetworkFixtures() {}

    public static List<NetworkNode> anyNetwork() {
        return List.of(
                node(COUNTY, NodeKind.COUNTY, "县", null),
                node(TOWNSHIP, NodeKind.TOWNSHIP, "城关镇", COUNTY),
                node(VILLAGE, NodeKind.VILLAGE, "东山村", TOWNSHIP),
                new NetworkNode(CLOSED_VILLAGE, NodeKind.VILLAGE, "已撤并村", TOWNSHIP, null, false),
                node(COMPETENT_DEPARTMENT, NodeKind.DEPARTMENT, "县卫生健康局", COUNTY),
                new NetworkNode(DEPARTMENT, NodeKind.DEPARTMENT, "县住房和城乡建设局", COUNTY, COMPETENT_DEPARTMENT, true),
                node(CITY_UNIT, NodeKind.CITY_UNIT, "县人民医院", COUNTY),
                node(POINT_IN_TOWNSHIP, NodeKind.MONITORING_POINT, "镇卫生院监测点", TOWNSHIP),
                node(POINT_IN_DEPARTMENT, NodeKind.MONITORING_POINT, "住建局监测点", DEPARTMENT),
                node(GROUP, NodeKind.GROUP, "东山村一组", VILLAGE));
    }

    /**
     * A county of its own with a township, a village and a department, named after {@code branch}: a
     * network that shares no node with any other branch.
     */
    public static List<NetworkNode> aBranch(String branch) {
        String county = branchCounty(branch);
        return List.of(
                node(county, NodeKind.COUNTY, "分支县 " + branch, null),
                node(county + "-101", NodeKind.TOWNSHIP, "分支镇 " + branch, county),
                node(branchVillage(branch), NodeKind.VILLAGE, "分支村 " + branch, county + "-101"),
                node(branchDepartment(branch), NodeKind.DEPARTMENT, "分支局 " + branch, county));
    }

    public static String branchVillage(String branch) {
        return branchCounty(branch) + "-101-001";
    }

    public static String branchDepartment(String branch) {
        return branchCounty(branch) + "-D01";
    }

    private static String branchCounty(String branch) {
        return "339" + branch;
    }

    public static NetworkView anyNetworkView() {
        return NetworkView.of(anyNetwork());
    }

    public static List<NodeDraft> asDrafts(List<NetworkNode> nodes) {
        return nodes.stream().map(NetworkFixtures::draft).toList();
    }

    public static NodeDraft draft(NetworkNode n) {
        return new NodeDraft(n.code(), n.kind(), n.name(), n.parentCode(), n.competentDepartmentCode(), n.active());
    }

    private static NetworkNode node(String code, NodeKind kind, String name, String parent) {
        return new NetworkNode(code, kind, name, parent, null, true);
    }
}
