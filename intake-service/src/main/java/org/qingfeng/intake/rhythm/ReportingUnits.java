package org.qingfeng.intake.rhythm;

import java.util.List;
import java.util.Optional;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.intake.network.CurrentNetwork;
import org.qingfeng.intake.network.rules.NetworkNode;
import org.qingfeng.intake.rhythm.rules.ReportingUnit;
import org.springframework.stereotype.Component;

/** The active townships, city units and monitoring points of the network as this instance knows it. */
@Component
class ReportingUnits {

    private final CurrentNetwork network;

    ReportingUnits(CurrentNetwork network) {
        this.network = network;
    }

    List<ReportingUnit> active() {
        return network.view().nodes().stream()
                .filter(NetworkNode::active)
                .flatMap(node -> unitOf(node).stream())
                .toList();
    }

    Optional<ReportingUnit> active(String code) {
        return network.view().node(code).filter(NetworkNode::active).flatMap(ReportingUnits::unitOf);
    }

    /**
     * Whether the node may hold reminder contacts: an active reporting unit, or an active department,
     * which disposal cases are addressed to as a unit's competent department.
     */
    boolean holdsContacts(String code) {
        return network.view()
                .node(code)
                .filter(NetworkNode::active)
                .filter(node ->
                        node.kind() == NodeKind.DEPARTMENT || unitOf(node).isPresent())
                .isPresent();
    }

    private static Optional<ReportingUnit> unitOf(NetworkNode node) {
        return ReportingUnit.of(node.code(), node.name(), node.kind());
    }
}
