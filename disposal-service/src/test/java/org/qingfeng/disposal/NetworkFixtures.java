package org.qingfeng.disposal;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.intake.NetworkNodeChanged;
import org.qingfeng.contracts.intake.NodeKind;

/**
 * Registry nodes as intake publishes them, under codes no other test uses; and the one fixed county
 * the item and warning fixtures live in ({@link #ROOT}), two townships with a village each and a
 * department, which every integration test finds projected.
 */
public final class NetworkFixtures {

    /** The county of the fixtures, where the integration tests' default caller is work-station staff. */
    public static final String ROOT = "330281";

    public static final String TOWNSHIP = ROOT + "-101";
    public static final String VILLAGE = TOWNSHIP + "-001";
    public static final String OTHER_TOWNSHIP = ROOT + "-102";
    public static final String OTHER_VILLAGE = OTHER_TOWNSHIP + "-001";
    public static final String DEPARTMENT = ROOT + "-D03";

    private NetworkFixtures() {}

    /** The fixed county: {@link #ROOT} with its townships, villages and department. */
    public static List<NetworkNodeChanged> fixedCounty() {
        return List.of(
                node(ROOT, NodeKind.COUNTY, null, true),
                node(TOWNSHIP, NodeKind.TOWNSHIP, ROOT, true),
                node(VILLAGE, NodeKind.VILLAGE, TOWNSHIP, true),
                node(OTHER_TOWNSHIP, NodeKind.TOWNSHIP, ROOT, true),
                node(OTHER_VILLAGE, NodeKind.VILLAGE, OTHER_TOWNSHIP, true),
                node(DEPARTMENT, NodeKind.DEPARTMENT, ROOT, true));
    }

    public static String anyCountyCode() {
        return "33-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    public static NetworkNodeChanged node(String code, NodeKind kind, @Nullable String parentCode, boolean active) {
        return new NetworkNodeChanged(
                EventIds.derive("network-node-changed", code + "#" + active),
                Instant.parse("2026-11-01T00:00:00Z"),
                code,
                kind,
                kind + " " + code,
                parentCode,
                kind == NodeKind.DEPARTMENT ? parentCode + "-D01" : null,
                active,
                null,
                List.of(),
                null);
    }
}
