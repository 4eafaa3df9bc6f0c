package org.qingfeng.intake.network.rules;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.qingfeng.contracts.intake.NodeKind;

/**
 * Which kind of node may hang below which (the seeds' tree): the work station under the county;
 * townships and city units under the county or the work station; villages under townships, groups
 * under villages; monitoring points in a township, city unit, department, or directly under the
 * county or work station; departments under the county, the work station, a township or a city unit.
 */
public final class ParentKinds {

    private static final Map<NodeKind, Set<NodeKind>> ALLOWED = new EnumMap<>(NodeKind.class);

    static {
        ALLOWED.put(NodeKind.COUNTY, EnumSet.noneOf(NodeKind.class));
        ALLOWED.put(NodeKind.WORK_STATION, EnumSet.of(NodeKind.COUNTY));
        ALLOWED.put(NodeKind.TOWNSHIP, EnumSet.of(NodeKind.COUNTY, NodeKind.WORK_STATION));
        ALLOWED.put(NodeKind.CITY_UNIT, EnumSet.of(NodeKind.COUNTY, NodeKind.WORK_STATION));
        ALLOWED.put(NodeKind.VILLAGE, EnumSet.of(NodeKind.TOWNSHIP));
        ALLOWED.put(NodeKind.GROUP, EnumSet.of(NodeKind.VILLAGE));
        ALLOWED.put(
                NodeKind.MONITORING_POINT,
                EnumSet.of(
                        NodeKind.TOWNSHIP,
                        NodeKind.CITY_UNIT,
                        NodeKind.DEPARTMENT,
                        NodeKind.COUNTY,
                        NodeKind.WORK_STATION));
        ALLOWED.put(
                NodeKind.DEPARTMENT,
                EnumSet.of(NodeKind.COUNTY, NodeKind.WORK_STATION, NodeKind.TOWNSHIP, NodeKind.CITY_UNIT));
    }

    private ParentKinds() {}

    public static boolean allows(NodeKind parent, NodeKind child) {
        return ALLOWED.get(child).contains(parent);
    }

    /** The refusal, Chinese first, naming what the child may hang below. */
    static String refusal(NodeKind child) {
        return switch (child) {
            case COUNTY -> "县级节点没有上级 / a county has no parent";
            case WORK_STATION -> "工作站只能设在县（市）之下 / a work station belongs under the county";
            case TOWNSHIP, CITY_UNIT ->
                "乡镇和市直单位只能设在县（市）或工作站之下 / townships and city units belong under the county or the work station";
            case VILLAGE -> "村（社区）只能设在乡镇之下 / a village belongs under a township";
            case GROUP -> "村民小组只能设在村（社区）之下 / a group belongs under a village";
            case MONITORING_POINT ->
                "监测点只能设在乡镇、市直单位、部门、县（市）或工作站之下 / a monitoring point belongs under a township,"
                        + " city unit, department, the county or the work station";
            case DEPARTMENT ->
                "部门只能设在县（市）、工作站、乡镇或市直单位之下 / a department belongs under the county, the work station,"
                        + " a township or a city unit";
        };
    }
}
