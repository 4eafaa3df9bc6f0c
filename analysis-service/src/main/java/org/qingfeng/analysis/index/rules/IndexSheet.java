package org.qingfeng.analysis.index.rules;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.index.rules.IndexRow.Level;
import org.qingfeng.analysis.network.rules.NetworkNode;
import org.qingfeng.analysis.network.rules.Subtree;
import org.qingfeng.contracts.intake.NodeKind;

/**
 * Which facts belong to which row, and the rows of a quarter.
 *
 * <ul>
 *   <li>A region row (the county, a township) holds everything in its subtree: items by the region
 *       they came from, warnings and cases by their township, findings by their region, reports by
 *       their unit.
 *   <li>A unit row holds the facts that name the unit: items, warnings and cases about it, findings naming
 *       it (a widespread finding counts once for it), its own reports. Codes that are regions (the
 *       county, townships) have their region row and no unit row.
 * </ul>
 *
 * Rows are listed regions first, then units, each by code.
 */
public final class IndexSheet {

    /** An EnumSet: a unit the network does not know has no kind, and {@code contains(null)} must say no. */
    private static final Set<NodeKind> REGIONS = EnumSet.of(NodeKind.COUNTY, NodeKind.TOWNSHIP);

    private static final Comparator<IndexRow> ORDER =
            Comparator.comparing(IndexRow::level).thenComparing(IndexRow::nodeCode);

    private IndexSheet() {}

    /** Every row in the subtree of {@code scopeCode} whose node passes {@code visible}. */
    public static List<IndexRow> rows(
            IndexMethod method,
            Facts facts,
            List<NetworkNode> nodes,
            String scopeCode,
            Predicate<String> visible,
            int minCount) {
        Map<String, NodeKind> kinds = kinds(nodes);
        Set<String> scope = Subtree.of(nodes, scopeCode);
        Stream<IndexRow> regions = nodes.stream()
                .filter(node -> REGIONS.contains(node.kind()))
                .map(NetworkNode::code)
                .filter(code -> scope.contains(code) && visible.test(code))
                .map(code -> regionRow(method, facts, nodes, code, kinds.get(code), minCount));
        Stream<IndexRow> units = unitCodes(facts).stream()
                .filter(code -> !REGIONS.contains(kinds.get(code)))
                .filter(code -> scope.contains(code) && visible.test(code))
                .map(code -> method.row(code, kinds.get(code), Level.UNIT, ofUnit(facts, code), minCount));
        return Stream.concat(regions, units).sorted(ORDER).toList();
    }

    /** The one row of {@code nodeCode}: its region row if it is a region, else its unit row. */
    public static IndexRow row(
            IndexMethod method, Facts facts, List<NetworkNode> nodes, String nodeCode, int minCount) {
        NodeKind kind = kinds(nodes).get(nodeCode);
        return REGIONS.contains(kind)
                ? regionRow(method, facts, nodes, nodeCode, kind, minCount)
                : method.row(nodeCode, kind, Level.UNIT, ofUnit(facts, nodeCode), minCount);
    }

    /** The facts of a region: everything whose place lies in its subtree. */
    public static Facts ofRegion(Facts facts, Set<String> subtree) {
        return new Facts(
                facts.items().stream()
                        .filter(item -> subtree.contains(item.regionCode()))
                        .toList(),
                facts.warnings().stream()
                        .filter(warning -> subtree.contains(warning.townshipCode()))
                        .toList(),
                facts.findings().stream()
                        .filter(finding -> subtree.contains(finding.regionCode()))
                        .toList(),
                facts.reports().stream()
                        .filter(report -> subtree.contains(report.unitCode()))
                        .toList(),
                facts.cases().stream()
                        .filter(c -> subtree.contains(c.townshipCode()))
                        .toList());
    }

    /** The facts that name a unit. */
    public static Facts ofUnit(Facts facts, String unitCode) {
        return new Facts(
                facts.items().stream()
                        .filter(item -> item.unitCode().equals(unitCode))
                        .toList(),
                facts.warnings().stream()
                        .filter(warning -> warning.unitCode().equals(unitCode))
                        .toList(),
                facts.findings().stream()
                        .filter(finding -> finding.unitCodes().contains(unitCode))
                        .map(finding -> finding.narrowedTo(unitCode))
                        .toList(),
                facts.reports().stream()
                        .filter(report -> report.unitCode().equals(unitCode))
                        .toList(),
                facts.cases().stream()
                        .filter(c -> c.unitCode().equals(unitCode))
                        .toList());
    }

    private static IndexRow regionRow(
            IndexMethod method,
            Facts facts,
            List<NetworkNode> nodes,
            String code,
            @Nullable NodeKind kind,
            int minCount) {
        return method.row(code, kind, Level.REGION, ofRegion(facts, Subtree.of(nodes, code)), minCount);
    }

    private static Set<String> unitCodes(Facts facts) {
        Set<String> codes = new TreeSet<>();
        facts.items().forEach(item -> codes.add(item.unitCode()));
        facts.warnings().forEach(warning -> codes.add(warning.unitCode()));
        facts.findings().forEach(finding -> codes.addAll(finding.unitCodes()));
        facts.reports().forEach(report -> codes.add(report.unitCode()));
        facts.cases().forEach(c -> codes.add(c.unitCode()));
        return codes;
    }

    private static Map<String, NodeKind> kinds(List<NetworkNode> nodes) {
        Map<String, NodeKind> kinds = new HashMap<>();
        nodes.forEach(node -> kinds.put(node.code(), node.kind()));
        return kinds;
    }
}
