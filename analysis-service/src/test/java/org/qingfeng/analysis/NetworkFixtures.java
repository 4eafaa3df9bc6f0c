package org.qingfeng.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.intake.InformantChanged;
import org.qingfeng.contracts.intake.InformantStatus;
import org.qingfeng.contracts.intake.InformantType;
import org.qingfeng.contracts.intake.NetworkNodeChanged;
import org.qingfeng.contracts.intake.NodeKind;

/**
 * Registry nodes and roster entries as intake publishes them, under codes and tokens no other test
 * uses; and the one fixed county the item fixtures live in ({@link #ROOT}), two townships with a
 * village each and a department, which every integration test finds projected.
 */
public final class NetworkFixtures {

    /** The county of the item fixtures, where the integration tests' default caller is work-station staff. */
    public static final String ROOT = "330281";

    public static final String TOWNSHIP = ROOT + "-101";
    public static final String VILLAGE = TOWNSHIP + "-001";
    public static final String OTHER_TOWNSHIP = ROOT + "-102";
    public static final String OTHER_VILLAGE = OTHER_TOWNSHIP + "-001";
    public static final String DEPARTMENT = ROOT + "-D03";

    private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Instant CHANGED_AT = Instant.parse("2026-11-01T00:00:00Z");

    private NetworkFixtures() {}

    /** The fixed county: {@link #ROOT} with its townships, villages and department. */
    public static List<NetworkNodeChanged> fixedCounty() {
        return List.of(
                node(ROOT, NodeKind.COUNTY, null),
                node(TOWNSHIP, NodeKind.TOWNSHIP, ROOT),
                node(VILLAGE, NodeKind.VILLAGE, TOWNSHIP),
                node(OTHER_TOWNSHIP, NodeKind.TOWNSHIP, ROOT),
                node(OTHER_VILLAGE, NodeKind.VILLAGE, OTHER_TOWNSHIP),
                node(DEPARTMENT, NodeKind.DEPARTMENT, ROOT));
    }

    /** A county code no other test uses, such as {@code 33-482913}. */
    public static String anyCountyCode() {
        return "33-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    /** A pseudonymous token in intake's format. */
    public static String anyToken() {
        StringBuilder token = new StringBuilder("inf-");
        for (int i = 0; i < 26; i++) {
            token.append(CROCKFORD.charAt(ThreadLocalRandom.current().nextInt(CROCKFORD.length())));
        }
        return token.toString();
    }

    public static NetworkNodeChanged node(String code, NodeKind kind, @Nullable String parentCode) {
        return node(code, kind, parentCode, true);
    }

    public static NetworkNodeChanged node(String code, NodeKind kind, @Nullable String parentCode, boolean active) {
        return new NetworkNodeChanged(
                EventIds.derive("network-node-changed", code + "#" + active),
                CHANGED_AT,
                code,
                kind,
                kind + " " + code,
                parentCode,
                null,
                active,
                null,
                List.of(),
                null);
    }

    public static InformantChanged informant(
            String token, String homeNodeCode, InformantStatus status, LocalDate appointedOn, long version) {
        return new InformantChanged(
                EventIds.derive("informant-changed", token + "#" + version),
                CHANGED_AT,
                token,
                homeNodeCode,
                InformantType.REGULAR,
                status,
                appointedOn,
                version);
    }
}
