package org.qingfeng.disposal.network;

import java.util.Optional;
import org.qingfeng.disposal.network.rules.NetworkNode;

/**
 * Names and places of nodes as disposal's own {@code network_nodes} has them, held in memory and
 * refreshed like the scopes: notices, cases and bulletins name units and departments by it.
 */
public interface NodeDirectory {

    Optional<NetworkNode> node(String code);

    /** The node's name, or its code when the network does not know it. */
    default String nameOf(String code) {
        return node(code).map(NetworkNode::name).orElse(code);
    }

    /**
     * The nearest ancestor of {@code code} (the node itself included) of kind {@code WORK_STATION},
     * else the root of its tree (the county); empty when the node is unknown.
     */
    Optional<NetworkNode> stationOf(String code);

    /** The root of the tree {@code code} lies in (the county), or {@code code} itself when it is unknown. */
    default String rootOf(String code) {
        String root = code;
        Optional<NetworkNode> node = node(code);
        for (int hops = 0; node.isPresent() && node.get().parentCode() != null && hops < 64; hops++) {
            root = node.get().parentCode();
            node = node(root);
        }
        return root;
    }
}
