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

/** Registry nodes and roster entries as intake publishes them, under codes and tokens no other test uses. */
public final class NetworkFixtures {

    private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Instant CHANGED_AT = Instant.parse("2026-11-01T00:00:00Z");

    private NetworkFixtures() {}

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
