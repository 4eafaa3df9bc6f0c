package org.qingfeng.support.security;

import java.util.List;

/**
 * The network tree as a service knows it from its own projection of the registry: the path from a
 * node up to the root. Each service implements it over its own store, never another service's.
 */
@FunctionalInterface
public interface NodeAncestry {

    /**
     * The node's code first, then its parent's, up to the root; empty when the node is unknown. A
     * cycle in bad data must not loop: implementations stop at a code they have already seen.
     */
    List<String> lineage(String nodeCode);
}
