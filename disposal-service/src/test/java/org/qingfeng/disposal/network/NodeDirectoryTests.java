package org.qingfeng.disposal.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.disposal.network.rules.NetworkNode;

class NodeDirectoryTests {

    private final Map<String, NetworkNode> nodes = Map.of(
            "330281", node("330281", NodeKind.COUNTY, null),
            "330281-WS", node("330281-WS", NodeKind.WORK_STATION, "330281"),
            "330281-101", node("330281-101", NodeKind.TOWNSHIP, "330281"),
            "330281-101-D01", node("330281-101-D01", NodeKind.DEPARTMENT, "330281-101"));

    private final NodeDirectory directory = new NodeDirectory() {
        @Override
        public Optional<NetworkNode> node(String code) {
            return Optional.ofNullable(nodes.get(code));
        }

        @Override
        public Optional<NetworkNode> stationOf(String code) {
            return Optional.empty();
        }
    };

    @Test
    void theWorkStationAndATownshipsUnitShareTheirCountyAsTheIssuerOfNotices() {
        assertThat(directory.rootOf("330281-WS")).isEqualTo("330281");
        assertThat(directory.rootOf("330281-101-D01")).isEqualTo("330281");
        assertThat(directory.rootOf("330281")).isEqualTo("330281");
        assertThat(directory.rootOf("330999")).as("unknown: itself").isEqualTo("330999");
    }

    private static NetworkNode node(String code, NodeKind kind, @Nullable String parent) {
        return new NetworkNode(code, kind, code, parent, null, true);
    }
}
