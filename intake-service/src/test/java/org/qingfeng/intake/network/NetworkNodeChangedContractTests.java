package org.qingfeng.intake.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.Golden;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.NetworkNodeChanged;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.intake.ContractFixtures;
import org.qingfeng.intake.NetworkFixtures;
import org.qingfeng.intake.network.rules.KnownNames;
import org.qingfeng.intake.network.rules.NetworkBatch;
import org.qingfeng.intake.network.rules.NetworkNode;
import org.qingfeng.intake.network.rules.NodeDraft;
import tools.jackson.databind.JsonNode;

class NetworkNodeChangedContractTests {

    private static final List<String> ROLES = List.of("主要负责人", "纪检组长", "纪检联络员");
    private static final String DESCRIPTION = "负责全县城乡建设、住房保障和建筑市场监管。";

    @Test
    void aNodeLoadedThroughTheApiIsPublishedAsTheGoldenFileSays() {
        JsonNode golden = ContractFixtures.tree(Golden.json(Topics.NETWORK_CHANGED));
        NodeDraft draft = new NodeDraft(
                "330281-D03", NodeKind.DEPARTMENT, "县住房和城乡建设局", "330281", "330281-D01", true, null, ROLES, DESCRIPTION);

        NetworkNode node = NetworkBatch.check(List.of(draft), NetworkFixtures.anyNetworkView(), KnownNames.NONE)
                .get(0);
        NetworkNodeChanged changed = node.changed(
                UUID.fromString(golden.get("eventId").asString()),
                Instant.parse(golden.get("occurredAt").asString()));

        assertThat(ContractFixtures.written(Topics.NETWORK_CHANGED, changed)).isEqualTo(golden);
    }

    @Test
    void theGoldenNodeIsReadBackIntoTheRegistry() {
        NetworkNodeChanged changed = ContractFixtures.readAs(Topics.NETWORK_CHANGED, NetworkNodeChanged.class);

        assertThat(NetworkNode.from(changed))
                .isEqualTo(new NetworkNode(
                        "330281-D03",
                        NodeKind.DEPARTMENT,
                        "县住房和城乡建设局",
                        "330281",
                        "330281-D01",
                        true,
                        null,
                        ROLES,
                        DESCRIPTION));
    }
}
