package org.qingfeng.disposal.notice;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.disposal.NetworkFixtures;
import org.qingfeng.disposal.network.NodeDirectory;
import org.qingfeng.disposal.network.rules.NetworkNode;
import org.qingfeng.support.security.NodeAncestry;
import org.qingfeng.support.security.ParentLinks;

/**
 * The fixed county with real-looking names: 宁海县 (the work station at the root), 桃源镇 with the
 * village 桃源村 (a name the notices must never print), 县卫生健康局.
 */
public final class FixedDirectory implements NodeDirectory {

    public static final String VILLAGE_NAME = "桃源村";

    private final Map<String, NetworkNode> nodes = new HashMap<>();

    public FixedDirectory() {
        put(NetworkFixtures.ROOT, NodeKind.COUNTY, "宁海县纪检监察工作站", null);
        put(NetworkFixtures.TOWNSHIP, NodeKind.TOWNSHIP, "桃源镇", NetworkFixtures.ROOT);
        put(NetworkFixtures.VILLAGE, NodeKind.VILLAGE, VILLAGE_NAME, NetworkFixtures.TOWNSHIP);
        put(NetworkFixtures.OTHER_TOWNSHIP, NodeKind.TOWNSHIP, "长街镇", NetworkFixtures.ROOT);
        put(NetworkFixtures.OTHER_VILLAGE, NodeKind.VILLAGE, "西岙村", NetworkFixtures.OTHER_TOWNSHIP);
        put(NetworkFixtures.DEPARTMENT, NodeKind.DEPARTMENT, "县卫生健康局", NetworkFixtures.ROOT);
    }

    private void put(String code, NodeKind kind, String name, @Nullable String parent) {
        nodes.put(code, new NetworkNode(code, kind, name, parent, null, true));
    }

    @Override
    public Optional<NetworkNode> node(String code) {
        return Optional.ofNullable(nodes.get(code));
    }

    @Override
    public Optional<NetworkNode> stationOf(String code) {
        return node(NetworkFixtures.ROOT);
    }

    public NodeAncestry ancestry() {
        Map<String, @Nullable String> parents = new HashMap<>();
        nodes.values().forEach(node -> parents.put(node.code(), node.parentCode()));
        return ParentLinks.of(parents);
    }
}
