package org.qingfeng.analysis.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.AnalysisProperties;
import org.qingfeng.analysis.assessment.rules.Assessment;
import org.qingfeng.analysis.assessment.rules.AssessmentMethod;
import org.qingfeng.analysis.assessment.rules.Informant;
import org.qingfeng.analysis.assessment.rules.ItemFacts;
import org.qingfeng.analysis.assessment.rules.Ranked;
import org.qingfeng.analysis.network.NetworkDirectory;
import org.qingfeng.analysis.network.rules.NetworkNode;
import org.qingfeng.analysis.network.rules.RosterEntry;
import org.qingfeng.analysis.network.rules.Subtree;
import org.qingfeng.analysis.rules.RulesViolated;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Scopes;
import org.springframework.stereotype.Service;

/**
 * A year's assessment of the informants in a scope: the roster and the registry from the network
 * projections, the items from {@code assessment_items}, the figures from {@link AssessmentMethod}.
 * Computed on each read from the stored facts, so a new method version needs no migration.
 */
@Service
class Assessments {

    private final AssessmentItemStore items;
    private final NetworkDirectory network;
    private final Scopes scopes;
    private final AssessmentMethod method;
    private final Clock clock;
    private final ZoneId zone;

    Assessments(
            AssessmentItemStore items,
            NetworkDirectory network,
            Scopes scopes,
            CalendarWorkingDays workingDays,
            Clock clock,
            AnalysisProperties properties) {
        this.items = items;
        this.network = network;
        this.scopes = scopes;
        this.method = new AssessmentMethod(properties.assessment().thresholds(), workingDays);
        this.clock = clock;
        this.zone = properties.zone();
    }

    /**
     * Everyone on the roster whose home is in the scope and who was appointed by the end of the year,
     * with or without items. The scope is the caller's own node unless they name a node of their
     * subtree; items of informants not on the roster yet belong to no node and so to no scope.
     */
    List<Ranked> of(int year, @Nullable String scope, Actor actor) {
        Set<String> subtree = subtree(scope, actor);
        Map<String, List<ItemFacts>> byInformant =
                items.receivedIn(year).stream().collect(Collectors.groupingBy(ItemFacts::informantToken));
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        List<Informant> informants = new ArrayList<>();
        for (RosterEntry entry : network.informants()) {
            boolean served = !entry.appointedOn().isAfter(yearEnd) || byInformant.containsKey(entry.informantToken());
            if (served && subtree.contains(entry.homeNodeCode()) && scopes.covers(actor, entry.homeNodeCode())) {
                informants.add(new Informant(
                        entry.informantToken(), entry.homeNodeCode(), entry.status(), entry.appointedOn()));
            }
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<Assessment> assessed = informants.stream()
                .map(informant -> method.assess(
                        year, today, informant, byInformant.getOrDefault(informant.informantToken(), List.of())))
                .toList();
        return Ranked.of(assessed);
    }

    /** The named node's subtree (a node the network lacks is a bad parameter, one outside the caller's scope unknown). */
    private Set<String> subtree(@Nullable String scope, Actor actor) {
        List<NetworkNode> nodes = network.nodes();
        if (scope == null) {
            return actor.node() == null ? Set.of() : Subtree.of(nodes, actor.node());
        }
        if (nodes.stream().noneMatch(node -> node.code().equals(scope))) {
            throw RulesViolated.of("scope", "网络中没有该节点 / no such node in the network");
        }
        scopes.require(actor, scope);
        return Subtree.of(nodes, scope);
    }
}
