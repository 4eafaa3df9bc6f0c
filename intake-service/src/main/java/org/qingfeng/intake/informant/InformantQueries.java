package org.qingfeng.intake.informant;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.InformantRecorded;
import org.qingfeng.intake.informant.rules.Rotation;
import org.qingfeng.intake.network.CurrentNetwork;
import org.qingfeng.intake.network.rules.NetworkNode;
import org.qingfeng.intake.network.rules.NetworkView;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;
import org.springframework.stereotype.Component;

/** Reads of the roster, from this instance's memory. */
@Component
class InformantQueries {

    private final RosterRegistry roster;
    private final CurrentNetwork network;
    private final InformantService informants;

    InformantQueries(RosterRegistry roster, CurrentNetwork network, InformantService informants) {
        this.roster = roster;
        this.network = network;
        this.informants = informants;
    }

    /** The informants whose home node is {@code node} or below it; all of them without a node. */
    List<InformantSummary> list(@Nullable String node) {
        NetworkView view = network.view();
        if (node != null && view.node(node).isEmpty()) {
            throw new RulesViolated(List.of(new Violation("node", "没有这个节点 / no such node")));
        }
        LocalDate today = informants.today();
        return roster.view().informants().stream()
                .filter(r -> node == null || view.isWithin(r.homeNodeCode(), node))
                .map(r -> InformantSummary.of(r, rotationDue(r, view, today)))
                .toList();
    }

    Optional<InformantDetails> record(String token) {
        NetworkView view = network.view();
        LocalDate today = informants.today();
        return roster.view().informant(token.strip()).map(r -> InformantDetails.of(r, rotationDue(r, view, today)));
    }

    private static boolean rotationDue(InformantRecorded r, NetworkView view, LocalDate today) {
        return view.node(r.homeNodeCode())
                .map(NetworkNode::kind)
                .map(kind -> Rotation.due(r, kind, today))
                .orElse(false);
    }
}
