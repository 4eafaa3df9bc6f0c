package org.qingfeng.intake.network.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;

/**
 * Checks a batch of nodes against itself and the registry: every field present and free of personal
 * data, a parent that exists (in the batch or the registry) and may hold a node of this kind, no
 * parent chain that loops, no node switched off while active nodes hang below it. Each violation
 * names its row, such as {@code [2].parentCode}.
 */
public final class NetworkBatch {

    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_DESCRIPTION_LENGTH = 500;
    static final int MAX_CONTACT_ROLES = 20;
    static final int MAX_CONTACT_ROLE_LENGTH = 30;

    private static final Set<NodeKind> WITH_COMPETENT_DEPARTMENT = EnumSet.of(NodeKind.DEPARTMENT, NodeKind.CITY_UNIT);

    private NetworkBatch() {}

    /** As {@link #check(List, NetworkView, KnownNames, boolean)} with the monitoring host optional. */
    public static List<NetworkNode> check(List<@Nullable NodeDraft> drafts, NetworkView registry, KnownNames names) {
        return check(drafts, registry, names, false);
    }

    /**
     * The batch as nodes, or {@link RulesViolated} naming every bad row.
     *
     * @param names the names no published field may carry
     * @param hostRequired whether a monitoring point must say where it sits
     */
    public static List<NetworkNode> check(
            List<@Nullable NodeDraft> drafts, NetworkView registry, KnownNames names, boolean hostRequired) {
        if (drafts.isEmpty()) {
            throw new RulesViolated(List.of(new Violation("[]", "至少需要一个节点 / at least one node is required")));
        }
        List<Violation> violations = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int row = 0; row < drafts.size(); row++) {
            violations.addAll(NodeShape.check(row, drafts.get(row), codes, names, hostRequired));
        }
        if (!violations.isEmpty()) {
            throw new RulesViolated(violations);
        }
        List<NetworkNode> nodes = drafts.stream().map(NetworkBatch::toNode).toList();
        NetworkView merged = registry.with(nodes);
        Map<String, List<NetworkNode>> children = merged.nodes().stream()
                .filter(n -> n.parentCode() != null)
                .collect(Collectors.groupingBy(n -> Objects.requireNonNull(n.parentCode())));
        for (int row = 0; row < nodes.size(); row++) {
            NetworkNode node = nodes.get(row);
            violations.addAll(checkInTree(row, node, merged, children.getOrDefault(node.code(), List.of())));
        }
        if (!violations.isEmpty()) {
            throw new RulesViolated(violations);
        }
        return nodes;
    }

    private static List<Violation> checkInTree(
            int row, NetworkNode node, NetworkView tree, List<NetworkNode> children) {
        List<Violation> found = new ArrayList<>();
        checkParent(row, node, tree).ifPresent(found::add);
        String department = node.competentDepartmentCode();
        if (department != null
                && (department.equals(node.code())
                        || tree.node(department)
                                .filter(n -> n.kind() == NodeKind.DEPARTMENT)
                                .isEmpty())) {
            found.add(at(row, "competentDepartmentCode", "主管部门不存在 / no such department"));
        }
        if (!node.active() && children.stream().anyMatch(NetworkNode::active)) {
            found.add(at(row, "active", "下级还有在用节点，不能停用 / active nodes hang below it: switch them off first"));
        }
        if (children.stream().anyMatch(child -> !ParentKinds.allows(node.kind(), child.kind()))) {
            found.add(at(row, "kind", "现有下级节点不能挂在该类型之下 / nodes below it cannot hang below a node of this kind"));
        }
        return found;
    }

    private static Optional<Violation> checkParent(int row, NetworkNode node, NetworkView tree) {
        if (node.parentCode() == null) {
            return Optional.empty();
        }
        Optional<NetworkNode> parent = tree.node(node.parentCode());
        if (parent.isEmpty()) {
            return Optional.of(at(row, "parentCode", "上级节点不存在 / no such parent node"));
        }
        if (loops(node, tree)) {
            return Optional.of(at(row, "parentCode", "上级链形成循环 / the parent chain loops"));
        }
        if (!ParentKinds.allows(parent.get().kind(), node.kind())) {
            return Optional.of(at(row, "parentCode", ParentKinds.refusal(node.kind())));
        }
        if (node.active() && !parent.get().active()) {
            return Optional.of(at(row, "parentCode", "上级节点已停用 / the parent node is not active"));
        }
        return Optional.empty();
    }

    private static boolean loops(NetworkNode start, NetworkView tree) {
        Set<String> seen = new HashSet<>();
        Optional<NetworkNode> current = Optional.of(start);
        while (current.isPresent()) {
            NetworkNode node = current.get();
            if (!seen.add(node.code())) {
                return true;
            }
            current = Optional.ofNullable(node.parentCode()).flatMap(tree::node);
        }
        return false;
    }

    static boolean takesCompetentDepartment(NodeKind kind) {
        return WITH_COMPETENT_DEPARTMENT.contains(kind);
    }

    private static NetworkNode toNode(@Nullable NodeDraft draft) {
        NodeDraft d = Objects.requireNonNull(draft);
        return new NetworkNode(
                d.code().strip(),
                d.kind(),
                d.name().strip(),
                strippedOrNull(d.parentCode()),
                strippedOrNull(d.competentDepartmentCode()),
                d.active() == null || d.active(),
                d.host(),
                d.contactRoles() == null
                        ? List.of()
                        : d.contactRoles().stream()
                                .filter(role -> !blank(role))
                                .map(String::strip)
                                .toList(),
                strippedOrNull(d.description()));
    }

    private static @Nullable String strippedOrNull(@Nullable String value) {
        return blank(value) ? null : value.strip();
    }

    static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    static Violation at(int row, String field, String message) {
        return new Violation("[" + row + "]" + (field.isEmpty() ? "" : "." + field), message);
    }
}
