package org.qingfeng.analysis.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.qingfeng.analysis.NetworkFixtures.anyCountyCode;
import static org.qingfeng.analysis.NetworkFixtures.anyToken;
import static org.qingfeng.analysis.NetworkFixtures.informant;
import static org.qingfeng.analysis.NetworkFixtures.node;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qingfeng.analysis.AnalysisIntegrationTest;
import org.qingfeng.analysis.network.rules.RosterEntry;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.InformantChanged;
import org.qingfeng.contracts.intake.InformantStatus;
import org.qingfeng.contracts.intake.NetworkNodeChanged;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.testsupport.ConsumerGroups;
import org.qingfeng.testsupport.TestKafka;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The registry and the roster projected from intake's compacted topics, and counted. */
class NetworkIT extends AnalysisIntegrationTest {

    private static final LocalDate APPOINTED = LocalDate.of(2025, 3, 1);

    @Autowired
    NetworkDirectory directory;

    @Test
    void countsActiveNodesByKindAndInformantsByStatusKeepingEachInformantsHighestVersion() {
        String county = anyCountyCode();
        JsonNode before = network(county);
        String township = county + "-101";
        String village = township + "-001";
        String active = anyToken();
        String dismissed = anyToken();

        publishNodes(List.of(
                node(county, NodeKind.COUNTY, null),
                node(township, NodeKind.TOWNSHIP, county),
                node(village, NodeKind.VILLAGE, township),
                node(village + "-01", NodeKind.GROUP, village, false)));
        // Version 2 first, then a stale version 1: the roster keeps version 2.
        publishInformants(List.of(
                informant(active, village, InformantStatus.ACTIVE, APPOINTED, 2),
                informant(active, village, InformantStatus.SUSPENDED, APPOINTED, 1),
                informant(dismissed, township, InformantStatus.ACTIVE, APPOINTED, 1),
                informant(dismissed, township, InformantStatus.DISMISSED, APPOINTED, 2)));
        ConsumerGroups.awaitConsumed(SERVICE_GROUP, Topics.NETWORK_CHANGED.name());
        ConsumerGroups.awaitConsumed(SERVICE_GROUP, Topics.INFORMANT_CHANGED.name());

        JsonNode after = network(county);
        assertThat(after.get("nodes").asLong() - before.get("nodes").asLong()).isEqualTo(3);
        assertThat(delta(before, after, "byKind", "COUNTY")).isEqualTo(1);
        assertThat(delta(before, after, "byKind", "TOWNSHIP")).isEqualTo(1);
        assertThat(delta(before, after, "byKind", "VILLAGE")).isEqualTo(1);
        assertThat(delta(before, after, "byKind", "GROUP")).isZero();
        assertThat(after.get("informants").asLong() - before.get("informants").asLong())
                .isEqualTo(2);
        assertThat(delta(before, after, "byStatus", "ACTIVE")).isEqualTo(1);
        assertThat(delta(before, after, "byStatus", "DISMISSED")).isEqualTo(1);
        assertThat(delta(before, after, "byStatus", "SUSPENDED")).isZero();
        assertThat(directory.informants())
                .filteredOn(entry -> entry.informantToken().equals(active))
                .extracting(RosterEntry::version, RosterEntry::status)
                .containsExactly(tuple(2L, InformantStatus.ACTIVE));
    }

    @Test
    void aNodesLatestStateReplacesTheEarlierOne() {
        String county = anyCountyCode();

        publishNodes(List.of(node(county, NodeKind.COUNTY, null), node(county, NodeKind.COUNTY, null, false)));
        ConsumerGroups.awaitConsumed(SERVICE_GROUP, Topics.NETWORK_CHANGED.name());

        assertThat(directory.nodes())
                .filteredOn(node -> node.code().equals(county))
                .singleElement()
                .satisfies(node -> assertThat(node.active()).isFalse());
    }

    /** As work-station staff of {@code county}: the county's subtree only. */
    private JsonNode network(String county) {
        return getJsonAs(staffAt(county), "/api/analysis/network");
    }

    private static long delta(JsonNode before, JsonNode after, String map, String key) {
        return after.get(map).get(key).asLong() - before.get(map).get(key).asLong();
    }

    private static void publishNodes(List<NetworkNodeChanged> nodes) {
        nodes.forEach(node -> TestKafka.publish(Topics.NETWORK_CHANGED.name(), node.nodeCode(), node));
    }

    private static void publishInformants(List<InformantChanged> informants) {
        informants.forEach(
                changed -> TestKafka.publish(Topics.INFORMANT_CHANGED.name(), changed.informantToken(), changed));
    }
}
