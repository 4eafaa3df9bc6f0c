package org.qingfeng.disposal.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qingfeng.disposal.NetworkFixtures.anyCountyCode;
import static org.qingfeng.disposal.NetworkFixtures.node;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.NetworkNodeChanged;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.disposal.DisposalIntegrationTest;
import org.qingfeng.testsupport.ConsumerGroups;
import org.qingfeng.testsupport.TestKafka;
import tools.jackson.databind.JsonNode;

/** The registry projected from intake's compacted topic, and counted. */
class NetworkIT extends DisposalIntegrationTest {

    @Test
    void countsActiveNodesByKindWithEachNodesLatestState() {
        String county = anyCountyCode();
        JsonNode before = getJsonAs(staffAt(county), "/api/disposal/network");

        List<NetworkNodeChanged> nodes = List.of(
                node(county, NodeKind.COUNTY, null, true),
                node(county + "-101", NodeKind.TOWNSHIP, county, true),
                node(county + "-D03", NodeKind.DEPARTMENT, county, true),
                node(county + "-102", NodeKind.TOWNSHIP, county, true),
                // The township is retired after it was registered: its latest state counts.
                node(county + "-102", NodeKind.TOWNSHIP, county, false));
        nodes.forEach(node -> TestKafka.publish(Topics.NETWORK_CHANGED.name(), node.nodeCode(), node));
        ConsumerGroups.awaitConsumed(SERVICE_GROUP, Topics.NETWORK_CHANGED.name());

        JsonNode after = getJsonAs(staffAt(county), "/api/disposal/network");
        assertThat(after.get("nodes").asLong() - before.get("nodes").asLong()).isEqualTo(3);
        assertThat(delta(before, after, "COUNTY")).isEqualTo(1);
        assertThat(delta(before, after, "TOWNSHIP")).isEqualTo(1);
        assertThat(delta(before, after, "DEPARTMENT")).isEqualTo(1);
        assertThat(after.get("byKind")).hasSize(NodeKind.values().length);
    }

    private static long delta(JsonNode before, JsonNode after, String kind) {
        return after.get("byKind").get(kind).asLong()
                - before.get("byKind").get(kind).asLong();
    }
}
