package org.qingfeng.intake.workbook;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.qingfeng.intake.informant.InformantService;
import org.qingfeng.intake.informant.RosterImport;
import org.qingfeng.intake.informant.rules.StatedInformant;
import org.qingfeng.intake.network.CurrentNetwork;
import org.qingfeng.intake.network.NetworkScope;
import org.qingfeng.intake.network.NetworkWriter;
import org.qingfeng.intake.network.rules.KnownNames;
import org.qingfeng.intake.network.rules.NetworkNode;
import org.qingfeng.intake.network.rules.NetworkView;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;
import org.qingfeng.intake.sealing.Pseudonyms;
import org.qingfeng.intake.workbook.rules.InformantRows;
import org.qingfeng.intake.workbook.rules.NodeRows;
import org.qingfeng.intake.workbook.rules.SheetRow;
import org.qingfeng.intake.workbook.rules.Sheets;
import org.qingfeng.support.security.Actor;
import org.springframework.stereotype.Service;

/**
 * Imports a registry workbook all or nothing: both sheets are read and checked completely (the
 * informants against the registry as it will be with the file's nodes, the nodes' published text
 * against the roster's names and the file's) before anything is published; then the changed nodes,
 * then the changed informants, in batches that each wait for the broker. Every row must lie in the
 * importing administrator's subtree, as every change of the registry: a row outside is named among
 * the errors and nothing is imported.
 */
@Service
class WorkbookImport {

    /** Enough errors to fix a file by; the rest are counted. */
    static final int MAX_ERRORS = 200;

    private final CurrentNetwork network;
    private final NetworkWriter networkWriter;
    private final KnownNames rosterNames;
    private final RosterImport roster;
    private final InformantService informants;
    private final WorkbookProperties properties;

    WorkbookImport(
            CurrentNetwork network,
            NetworkWriter networkWriter,
            KnownNames rosterNames,
            RosterImport roster,
            InformantService informants,
            WorkbookProperties properties) {
        this.network = network;
        this.networkWriter = networkWriter;
        this.rosterNames = rosterNames;
        this.roster = roster;
        this.informants = informants;
        this.properties = properties;
    }

    record Imported(int nodes, int informants, int nodesChanged, int informantsChanged) {}

    Imported importFrom(InputStream in, Actor actor) {
        Map<String, List<SheetRow>> sheets = new WorkbookReader(properties.maxRows()).read(in);
        NodeRows.Read nodeRows = NodeRows.read(sheets.getOrDefault(Sheets.NODES, List.of()));
        InformantRows.Read informantRows = InformantRows.read(sheets.getOrDefault(Sheets.INFORMANTS, List.of()));
        List<Violation> errors = new ArrayList<>(nodeRows.problems());
        errors.addAll(informantRows.problems());
        NetworkView registry = network.view();
        List<NetworkNode> nodes = checkNodes(nodeRows, registry, namesIn(informantRows), errors);
        NetworkScope.refused(actor, nodes, registry)
                .forEach(i -> errors.add(NetworkScope.outside(
                        Sheets.cell(Sheets.NODES, nodeRows.rowNumbers().get(i), "代码"))));
        NetworkView merged = registry.with(nodes.isEmpty() ? nodeRows.roughNodes() : nodes);
        informantRows.rows().stream()
                .filter(row -> !NetworkScope.inside(actor, row.draft().homeNodeCode(), merged))
                .forEach(row ->
                        errors.add(NetworkScope.outside(Sheets.cell(Sheets.INFORMANTS, row.number(), "所属节点代码"))));
        List<StatedInformant> stated = InformantRows.check(informantRows.rows(), merged, informants.today(), errors);
        if (!errors.isEmpty()) {
            throw new RulesViolated(capped(errors));
        }
        List<NetworkNode> changedNodes = nodes.stream()
                .filter(n -> registry.node(n.code()).filter(n::equals).isEmpty())
                .toList();
        for (int from = 0; from < changedNodes.size(); from += properties.publishBatch()) {
            networkWriter.publish(
                    changedNodes.subList(from, Math.min(changedNodes.size(), from + properties.publishBatch())));
        }
        int changedInformants = roster.restate(stated, properties.publishBatch());
        return new Imported(nodes.size(), stated.size(), changedNodes.size(), changedInformants);
    }

    private List<NetworkNode> checkNodes(
            NodeRows.Read rows, NetworkView registry, KnownNames fileNames, List<Violation> errors) {
        if (rows.drafts().isEmpty()) {
            return List.of();
        }
        KnownNames names = candidate -> rosterNames.isKnownName(candidate) || fileNames.isKnownName(candidate);
        try {
            return networkWriter.check(new ArrayList<>(rows.drafts()), registry, names);
        } catch (RulesViolated e) {
            e.violations().forEach(v -> errors.add(NodeRows.toCell(v, rows.rowNumbers())));
            return List.of();
        }
    }

    /** The names of the file's informants, compared as the roster compares names. */
    private static KnownNames namesIn(InformantRows.Read rows) {
        Set<String> names = rows.rows().stream()
                .map(row -> row.draft().name())
                .filter(name -> name != null && !name.isBlank())
                .map(Pseudonyms::normalised)
                .collect(Collectors.toSet());
        return candidate -> names.contains(Pseudonyms.normalised(candidate));
    }

    private static List<Violation> capped(List<Violation> errors) {
        if (errors.size() <= MAX_ERRORS) {
            return errors;
        }
        List<Violation> capped = new ArrayList<>(errors.subList(0, MAX_ERRORS));
        int more = errors.size() - MAX_ERRORS;
        capped.add(new Violation("工作簿", "另有 " + more + " 处错误未列出 / " + more + " more errors not listed"));
        return capped;
    }
}
