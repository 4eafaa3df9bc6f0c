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
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Scopes;
import org.springframework.stereotype.Component;

/**
 * Reads of the roster, from this instance's memory, held to the caller's subtree: a node outside it
 * is refused as an unknown node is, an informant outside it is not found.
 */
@Component
class InformantQueries {

    private final RosterRegistry roster;
    private final CurrentNetwork network;
    private final InformantService informants;
    private final Scopes scopes;

    InformantQueries(RosterRegistry roster, CurrentNetwork network, InformantService informants, Scopes scopes) {
        this.roster = roster;
        this.network = network;
        this.informants = informants;
        this.scopes = scopes;
    }

    /**
     * The informants of the caller's subtree whose home node is {@code node} or below it; all of the
     * caller's without a node.
     */
    List<InformantSummary> list(@Nullable String node, Actor actor) {
        NetworkView view = network.view();
        if (node != null && (view.node(node).isEmpty() || !scopes.covers(actor, node))) {
            throw new RulesViolated(List.of(new Violation("node", "没有这个节点 / no such node")));
        }
        LocalDate today = informants.today();
        return roster.view().informants().stream()
                .filter(r -> scopes.covers(actor, r.homeNodeCode()))
                .filter(r -> node == null || view.isWithin(r.homeNodeCode(), node))
                .map(r -> InformantSummary.of(r, rotationDue(r, view, today)))
                .toList();
    }

    Optional<InformantDetails> record(String token, Actor actor) {
        NetworkView view = network.view();
        LocalDate today = informants.today();
        return roster.view()
                .informant(token.strip())
                .filter(r -> scopes.covers(actor, r.homeNodeCode()))
                .map(r -> InformantDetails.of(r, rotationDue(r, view, today)));
    }

    private static boolean rotationDue(InformantRecorded r, NetworkView view, LocalDate today) {
        return view.node(r.homeNodeCode())
                .map(NetworkNode::kind)
                .map(kind -> Rotation.due(r, kind, today))
                .orElse(false);
    }
}
