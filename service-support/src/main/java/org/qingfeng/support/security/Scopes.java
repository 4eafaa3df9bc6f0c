package org.qingfeng.support.security;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Holds a caller to the subtree of the node their roles are held at. A record belongs to a node (the
 * item's village, the warning's unit, the informant's point); the caller sees it when their node is
 * that node or one of its ancestors. A caller without a node, or a record at an unknown node, sees
 * nothing: unknown is outside.
 */
public final class Scopes {

    private final NodeAncestry ancestry;

    public Scopes(NodeAncestry ancestry) {
        this.ancestry = ancestry;
    }

    /** Whether the record at {@code nodeCode} lies in the caller's subtree. */
    public boolean covers(Actor actor, @Nullable String nodeCode) {
        String home = actor.node();
        if (home == null || nodeCode == null) {
            return false;
        }
        return home.equals(nodeCode) || ancestry.lineage(nodeCode).contains(home);
    }

    /** Passes when the record is in scope; otherwise {@link OutOfScope}, answered as {@code 404}. */
    public void require(Actor actor, @Nullable String nodeCode) {
        if (!covers(actor, nodeCode)) {
            throw new OutOfScope();
        }
    }

    /** The records of {@code all} in the caller's subtree, in their order. */
    public <T> List<T> visible(Actor actor, Collection<T> all, Function<T, @Nullable String> nodeOf) {
        return all.stream().filter(t -> covers(actor, nodeOf.apply(t))).toList();
    }
}
