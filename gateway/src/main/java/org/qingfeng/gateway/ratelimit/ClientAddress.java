package org.qingfeng.gateway.ratelimit;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The address a request came from: the socket's peer, unless that peer is a configured trusted
 * proxy, in which case the right-most {@code X-Forwarded-For} entry that is not itself a trusted
 * proxy (entries further left are whatever the client claimed and cannot be believed).
 */
final class ClientAddress {

    private final Set<String> trustedProxies;

    ClientAddress(List<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies);
    }

    String of(@Nullable String peer, @Nullable String forwardedFor) {
        String socket = peer == null ? "unknown" : peer;
        if (!trustedProxies.contains(socket) || forwardedFor == null || forwardedFor.isBlank()) {
            return socket;
        }
        String[] hops = forwardedFor.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return socket;
    }
}
