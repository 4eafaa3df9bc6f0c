package org.qingfeng.intake.rhythm;

import java.util.List;
import java.util.Optional;
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

    private static Optional<ReportingUnit> unitOf(NetworkNode node) {
        return ReportingUnit.of(node.code(), node.name(), node.kind());
    }
}
