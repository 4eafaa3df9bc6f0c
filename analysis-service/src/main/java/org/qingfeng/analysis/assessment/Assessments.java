package org.qingfeng.analysis.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
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
    private final AssessmentMethod method;
    private final Clock clock;
    private final ZoneId zone;

    Assessments(
            AssessmentItemStore items,
            NetworkDirectory network,
            CalendarWorkingDays workingDays,
            Clock clock,
            AnalysisProperties properties) {
        this.items = items;
        this.network = network;
        this.method = new AssessmentMethod(properties.assessment().thresholds(), workingDays);
        this.clock = clock;
        this.zone = properties.zone();
    }

    /**
     * Everyone on the roster whose home is in the scope and who was appointed by the end of the year,
     * with or without items; without a scope also those with items whose roster entry has not arrived.
     */
    List<Ranked> of(int year, @Nullable String scope) {
        Predicate<String> inScope = scope == null ? home -> true : subtree(scope)::contains;
        Map<String, List<ItemFacts>> byInformant =
                items.receivedIn(year).stream().collect(Collectors.groupingBy(ItemFacts::informantToken));
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        List<Informant> informants = new ArrayList<>();
        for (RosterEntry entry : network.informants()) {
            boolean served = !entry.appointedOn().isAfter(yearEnd) || byInformant.containsKey(entry.informantToken());
            if (served && inScope.test(entry.homeNodeCode())) {
                informants.add(new Informant(
                        entry.informantToken(), entry.homeNodeCode(), entry.status(), entry.appointedOn()));
            }
        }
        if (scope == null) {
            Set<String> onRoster =
                    informants.stream().map(Informant::informantToken).collect(Collectors.toSet());
            byInformant.keySet().stream()
                    .filter(token -> !onRoster.contains(token))
                    .forEach(token -> informants.add(Informant.notOnRoster(token)));
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<Assessment> assessed = informants.stream()
                .map(informant -> method.assess(
                        year, today, informant, byInformant.getOrDefault(informant.informantToken(), List.of())))
                .toList();
        return Ranked.of(assessed);
    }

    private Set<String> subtree(String scope) {
        List<NetworkNode> nodes = network.nodes();
        if (nodes.stream().noneMatch(node -> node.code().equals(scope))) {
            throw RulesViolated.of("scope", "网络中没有该节点 / no such node in the network");
        }
        return Subtree.of(nodes, scope);
    }
}
