package org.qingfeng.intake.network.rules;

import static org.qingfeng.intake.network.rules.NetworkBatch.at;
import static org.qingfeng.intake.network.rules.NetworkBatch.blank;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.intake.rules.Violation;

/** What one node draft must be on its own, before the tree is looked at. */
final class NodeShape {

    private static final String REQUIRED = "必填 / required";

    private NodeShape() {}

    static List<Violation> check(
            int row, @Nullable NodeDraft draft, Set<String> codes, KnownNames names, boolean hostRequired) {
        if (draft == null) {
            return List.of(at(row, "", "必须是节点对象 / must be a node object"));
        }
        List<Violation> found = new ArrayList<>();
        if (blank(draft.code())) {
            found.add(at(row, "code", REQUIRED));
        } else if (!codes.add(draft.code().strip())) {
            found.add(at(row, "code", "同一批次中重复 / appears twice in this batch"));
        }
        if (draft.kind() == null) {
            found.add(at(row, "kind", REQUIRED));
        }
        if (blank(draft.name())) {
            found.add(at(row, "name", REQUIRED));
        } else if (draft.name().length() > NetworkBatch.MAX_NAME_LENGTH) {
            found.add(at(row, "name", "不能超过 100 字 / must be at most 100 characters"));
        }
        found.addAll(checkParentShape(row, draft));
        found.addAll(checkKindFields(row, draft, hostRequired));
        found.addAll(checkPublishedText(row, draft, names));
        return found;
    }

    private static List<Violation> checkParentShape(int row, NodeDraft draft) {
        if (draft.kind() == NodeKind.COUNTY && !blank(draft.parentCode())) {
            return List.of(at(row, "parentCode", "县级节点没有上级 / a county has no parent"));
        }
        if (draft.kind() != null && draft.kind() != NodeKind.COUNTY && blank(draft.parentCode())) {
            return List.of(at(row, "parentCode", REQUIRED));
        }
        return List.of();
    }

    private static List<Violation> checkKindFields(int row, NodeDraft draft, boolean hostRequired) {
        List<Violation> found = new ArrayList<>();
        boolean monitoringPoint = draft.kind() == NodeKind.MONITORING_POINT;
        if (draft.host() != null && draft.kind() != null && !monitoringPoint) {
            found.add(at(row, "host", "只有监测点填写监测点类别 / only a monitoring point has a host"));
        }
        if (draft.host() == null && monitoringPoint && hostRequired) {
            found.add(at(row, "host", REQUIRED));
        }
        if (!blank(draft.competentDepartmentCode())
                && draft.kind() != null
                && !NetworkBatch.takesCompetentDepartment(draft.kind())) {
            found.add(at(
                    row,
                    "competentDepartmentCode",
                    "只有部门和市直单位填写主管部门 / only departments and city units have a competent department"));
        }
        return found;
    }

    private static List<Violation> checkPublishedText(int row, NodeDraft draft, KnownNames names) {
        List<Violation> found = new ArrayList<>();
        PersonalData.find(draft.name(), names)
                .ifPresent(kind -> found.add(at(row, "name", PersonalData.message(kind))));
        if (draft.description() != null && draft.description().length() > NetworkBatch.MAX_DESCRIPTION_LENGTH) {
            found.add(at(row, "description", "不能超过 500 字 / must be at most 500 characters"));
        } else {
            PersonalData.find(draft.description(), names)
                    .ifPresent(kind -> found.add(at(row, "description", PersonalData.message(kind))));
        }
        List<String> roles = draft.contactRoles() == null ? List.of() : draft.contactRoles();
        if (roles.size() > NetworkBatch.MAX_CONTACT_ROLES
                || roles.stream().anyMatch(r -> r != null && r.length() > NetworkBatch.MAX_CONTACT_ROLE_LENGTH)) {
            found.add(at(row, "contactRoles", "最多 20 个岗位，每个不超过 30 字 / at most 20 posts of at most 30 characters"));
        } else {
            roles.stream()
                    .map(role -> PersonalData.find(role, names))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .ifPresent(kind -> found.add(at(row, "contactRoles", PersonalData.message(kind))));
        }
        return found;
    }
}
