package org.qingfeng.intake.network;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.qingfeng.intake.network.rules.NetworkNode;
import org.qingfeng.intake.network.rules.NetworkView;
import org.qingfeng.intake.rules.Violation;
import org.qingfeng.intake.web.Forbidden;
import org.qingfeng.support.security.Actor;

/**
 * Which nodes a caller may see and change. Seeing: the caller's subtree and, for breadcrumbs, the
 * nodes above the caller (names and codes only, as every node). Changing: nodes in the caller's
 * subtree, both as the registry holds them now and as the batch would place them, under a parent in
 * the subtree; only the holder of the root may change the root.
 */
public final class NetworkScope {

    static final String OUTSIDE = "不在您管理的网络范围内 / outside your part of the network";

    private NetworkScope() {}

    /** The caller's subtree and the caller's ancestors, by code. */
    public static List<NetworkNode> visible(Actor actor, NetworkView view) {
        if (actor.node() == null) {
            return List.of();
        }
        Set<String> seen = new HashSet<>(view.subtree(actor.node()));
        seen.addAll(view.lineage(actor.node()));
        return view.nodes().stream().filter(n -> seen.contains(n.code())).toList();
    }

    /**
     * Passes when every node of the batch may be changed by the caller; otherwise {@link Forbidden}
     * naming each refused node as {@code field(i)}.
     */
    public static void requireChangeable(Actor actor, List<NetworkNode> batch, NetworkView base, FieldOfIndex field) {
        List<Violation> refused = refused(actor, batch, base).stream()
                .map(i -> outside(field.of(i)))
                .toList();
        if (!refused.isEmpty()) {
            throw new Forbidden(refused);
        }
    }

    /** The indexes of the batch's nodes the caller may not change. */
    public static List<Integer> refused(Actor actor, List<NetworkNode> batch, NetworkView base) {
        List<Integer> refused = new ArrayList<>();
        NetworkView merged = base.with(batch);
        for (int i = 0; i < batch.size(); i++) {
            if (!changeable(actor.node(), batch.get(i), base, merged)) {
                refused.add(i);
            }
        }
        return refused;
    }

    /** Whether {@code code} lies in the caller's subtree of {@code view}. */
    public static boolean inside(Actor actor, @Nullable String code, NetworkView view) {
        return actor.node() != null && code != null && view.isWithin(code, actor.node());
    }

    /** The refusal of one field, without a word about what lies outside. */
    public static Violation outside(String field) {
        return new Violation(field, OUTSIDE);
    }

    static boolean changeable(@Nullable String home, NetworkNode node, NetworkView base, NetworkView merged) {
        if (home == null) {
            return false;
        }
        boolean nowInside = base.node(node.code()).isEmpty() || base.isWithin(node.code(), home);
        if (!nowInside) {
            return false;
        }
        if (node.parentCode() == null) {
            return node.code().equals(home);
        }
        return merged.isWithin(node.parentCode(), home) && merged.isWithin(node.code(), home);
    }

    /** The field naming the i-th node of a batch in a refusal. */
    @FunctionalInterface
    public interface FieldOfIndex {
        String of(int index);
    }
}
