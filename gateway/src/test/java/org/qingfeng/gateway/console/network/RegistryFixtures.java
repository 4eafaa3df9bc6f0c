package org.qingfeng.gateway.console.network;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Registry nodes as intake lists them. */
final class RegistryFixtures {

    private RegistryFixtures() {}

    static RegistryNode anyNode(String code, String kind, @Nullable String parent) {
        return new RegistryNode(code, kind, "名称" + code, parent, null, true, null, List.of(), null);
    }

    /** A county with its work station, a township with a village and a group, a city unit and a department. */
    static List<RegistryNode> anyCounty() {
        return List.of(
                anyNode("330281-D01", "DEPARTMENT", "330281"),
                anyNode("330281-101-001-01", "GROUP", "330281-101-001"),
                anyNode("330281-C01", "CITY_UNIT", "330281"),
                anyNode("330281-101", "TOWNSHIP", "330281"),
                anyNode("330281", "COUNTY", null),
                anyNode("330281-101-001", "VILLAGE", "330281-101"),
                anyNode("330281-WS", "WORK_STATION", "330281"));
    }
}
