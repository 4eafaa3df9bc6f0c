package org.qingfeng.auth;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.NetworkNodeChanged;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.testsupport.TestKafka;

/** A small county as intake publishes it: the county, two townships, a village of the first. */
public final class NetworkFixtures {

    public static final String COUNTY = "330281";
    public static final String TOWNSHIP = "330281-101";
    public static final String OTHER_TOWNSHIP = "330281-102";
    public static final String VILLAGE = "330281-101-01";

    private NetworkFixtures() {}

    public static List<NetworkNodeChanged> anyCounty() {
        return List.of(
                node(COUNTY, NodeKind.COUNTY, null),
                node(TOWNSHIP, NodeKind.TOWNSHIP, COUNTY),
                node(OTHER_TOWNSHIP, NodeKind.TOWNSHIP, COUNTY),
                node(VILLAGE, NodeKind.VILLAGE, TOWNSHIP));
    }

    public static NetworkNodeChanged node(String code, NodeKind kind, @Nullable String parent) {
        return new NetworkNodeChanged(
                UUID.randomUUID(), Instant.now(), code, kind, "节点" + code, parent, null, true, null, List.of(), null);
    }

    /** Publishes the county on intake's registry topic, creating the topic as intake would. */
    public static void publishCounty() {
        TestKafka.createTopic(Topics.NETWORK_CHANGED.name());
        anyCounty().forEach(node -> TestKafka.publish(Topics.NETWORK_CHANGED.name(), node.nodeCode(), node));
    }
}
