package org.qingfeng.gateway.console;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.qingfeng.gateway.Backend;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The registry's nodes for a page's choices (which branch, which home node, which appointer),
 * read fresh from intake each time so that a node just added can be chosen at once. Sorted by
 * code, which follows the tree: a village's code starts with its township's.
 */
@Component
public class NetworkNodes {

    private final ServiceReads services;

    NetworkNodes(ServiceReads services) {
        this.services = services;
    }

    public Mono<Panel<NetworkNode>> current() {
        return services.get(Backend.INTAKE, "/api/network/nodes", body -> body.bodyToFlux(NetworkNode.class)
                        .filter(node -> node.code() != null)
                        .collectList())
                .map(nodes -> Panel.of(sorted(nodes)))
                .onErrorResume(Failures.unavailablePanel(Backend.INTAKE));
    }

    private static List<NetworkNode> sorted(List<NetworkNode> nodes) {
        return nodes.stream()
                .sorted(Comparator.comparing(node -> Objects.toString(node.code(), "")))
                .toList();
    }
}
