package org.qingfeng.gateway.console.network;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.console.NodeNames;

/**
 * The registry as the network page uses it: the tree (or one branch of it), the branches to
 * filter by, the departments a node may name as competent, and every node's name for the codes
 * that other nodes mention.
 */
record NetworkView(boolean available, List<RegistryNode> nodes, List<TreeLine> lines, NodeNames names) {

    NetworkView {
        nodes = List.copyOf(nodes);
        lines = List.copyOf(lines);
    }

    static NetworkView of(List<RegistryNode> nodes, @Nullable String branch) {
        Map<String, String> byCode = new HashMap<>();
        nodes.forEach(node -> byCode.putIfAbsent(node.code(), node.name()));
        return new NetworkView(true, nodes, NetworkTree.lines(nodes, branch), new NodeNames(byCode, null));
    }

    static NetworkView unavailable() {
        return new NetworkView(false, List.of(), List.of(), NodeNames.none());
    }

    /** Public for the template: the nodes that hold others, in tree order. */
    public List<RegistryNode> branches() {
        return NetworkTree.branches(nodes);
    }

    /** Public for the template: the departments, by code. */
    public List<RegistryNode> departments() {
        return NetworkTree.lines(nodes, null).stream()
                .map(TreeLine::node)
                .filter(node -> "DEPARTMENT".equals(node.kind()))
                .toList();
    }

    /** Public for the template: the kinds of node, in the tree's order. */
    public List<String> kinds() {
        return NetworkTree.KINDS;
    }

    /** Public for the template: where a monitoring point can sit. */
    public List<String> hosts() {
        return NetworkTree.HOSTS;
    }

    Optional<RegistryNode> node(String code) {
        return nodes.stream().filter(node -> node.code().equals(code)).findFirst();
    }
}
