package org.qingfeng.intake.network.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;

/**
 * Checks a batch of nodes against itself and the registry: every field present, a parent that
 * exists (in the batch or the registry), no parent chain that loops, informants without anything
 * but a code and an alias. Each violation names its row, such as {@code [2].parentCode}.
 */
public final class NetworkBatch {

    static final int MAX_NAME_LENGTH = 100;

    private NetworkBatch() {}

    /** The batch as nodes, or {@link RulesViolated} naming every bad row. */
    public static List<NetworkNode> check(List<@Nullable NodeDraft> drafts, NetworkView registry) {
        if (drafts.isEmpty()) {
            throw new RulesViolated(List.of(new Violation("[]", "至少需要一个节点 / at least one node is required")));
        }
        List<Violation> violations = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int row = 0; row < drafts.size(); row++) {
            violations.addAll(checkAlone(row, drafts.get(row), codes));
        }
        if (!violations.isEmpty()) {
            throw new RulesViolated(violations);
        }
        List<NetworkNode> nodes = drafts.stream().map(NetworkBatch::toNode).toList();
        NetworkView merged = registry.with(nodes);
        for (int row = 0; row < nodes.size(); row++) {
            violations.addAll(checkInTree(row, nodes.get(row), merged));
        }
        if (!violations.isEmpty()) {
            throw new RulesViolated(violations);
        }
        return nodes;
    }

    private static List<Violation> checkAlone(int row, @Nullable NodeDraft draft, Set<String> codes) {
        if (draft == null) {
            return List.of(at(row, "", "必须是节点对象 / must be a node object"));
        }
        List<Violation> found = new ArrayList<>();
        if (blank(draft.code())) {
            found.add(at(row, "code", "必填 / required"));
        } else if (!codes.add(draft.code().strip())) {
            found.add(at(row, "code", "同一批次中重复 / appears twice in this batch"));
        }
        if (draft.kind() == null) {
            found.add(at(row, "kind", "必填 / required"));
        }
        if (blank(draft.name())) {
            found.add(at(row, "name", "必填 / required"));
        } else if (draft.name().length() > MAX_NAME_LENGTH) {
            found.add(at(row, "name", "不能超过 100 字 / must be at most 100 characters"));
        }
        found.addAll(checkParentShape(row, draft));
        return found;
    }

    private static List<Violation> checkParentShape(int row, NodeDraft draft) {
        if (draft.kind() == NodeKind.COUNTY && draft.parentCode() != null) {
            return List.of(at(row, "parentCode", "县级节点没有上级 / a county has no parent"));
        }
        if (draft.kind() != null && draft.kind() != NodeKind.COUNTY && blank(draft.parentCode())) {
            return List.of(at(row, "parentCode", "必填 / required"));
        }
        return List.of();
    }

    private static List<Violation> checkInTree(int row, NetworkNode node, NetworkView tree) {
        List<Violation> found = new ArrayList<>();
        if (node.parentCode() != null && tree.node(node.parentCode()).isEmpty()) {
            found.add(at(row, "parentCode", "上级节点不存在 / no such parent node"));
        } else if (loops(node, tree)) {
            found.add(at(row, "parentCode", "上级链形成循环 / the parent chain loops"));
        }
        String department = node.competentDepartmentCode();
        if (department != null
                && tree.node(department)
                        .filter(n -> n.kind() == NodeKind.DEPARTMENT)
                        .isEmpty()) {
            found.add(at(row, "competentDepartmentCode", "主管部门不存在 / no such department"));
        }
        return found;
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

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static Violation at(int row, String field, String message) {
        return new Violation("[" + row + "]" + (field.isEmpty() ? "" : "." + field), message);
    }
}
