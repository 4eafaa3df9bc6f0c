package org.qingfeng.analysis.monthly;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.monthly.rules.CellCount;
import org.qingfeng.analysis.monthly.rules.Detectors;
import org.qingfeng.analysis.monthly.rules.Finding;
import org.qingfeng.analysis.monthly.rules.Placement;
import org.qingfeng.analysis.monthly.rules.Summary;
import org.qingfeng.analysis.network.NetworkDirectory;
import org.qingfeng.analysis.network.rules.NetworkNode;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Scopes;
import org.springframework.stereotype.Service;

/**
 * Method {@code monthly-1} over the aggregates: a month's tables and findings for the subtree of a
 * scope node, computed on each read from the cells (a scope's month and the months before it are a
 * few hundred to a few thousand cell documents), so figures always follow the stored facts.
 */
@Service
class MonthlyAnalysis {

    private final MonthlyStore store;
    private final PublishedFindingStore published;
    private final NetworkDirectory network;
    private final Scopes scopes;
    private final Detectors detectors;
    private final int monthsBack;

    MonthlyAnalysis(
            MonthlyStore store,
            PublishedFindingStore published,
            NetworkDirectory network,
            Scopes scopes,
            MonthlyProperties properties) {
        this.store = store;
        this.published = published;
        this.network = network;
        this.scopes = scopes;
        this.detectors = new Detectors(properties.thresholds());
        this.monthsBack = properties.thresholds().monthsBack();
    }

    MonthView view(YearMonth month, String scopeCode) {
        Analysed analysed = analyse(month, scopeCode);
        Map<String, PublishedFinding> publications = published.byIds(
                analysed.findings().stream().map(f -> f.findingId().toString()).toList());
        Evidence evidence = evidence(analysed);
        List<MonthView.FindingView> findings = new ArrayList<>();
        for (Finding finding : analysed.findings()) {
            PublishedFinding publication = publications.get(finding.findingId().toString());
            findings.add(MonthView.FindingView.of(
                    finding,
                    evidence.itemsOf(finding),
                    publication == null
                            ? null
                            : new MonthView.Published(
                                    publication.destination(), publication.severity(), publication.publishedAt())));
        }
        return MonthView.of(month.toString(), scopeCode, Summary.of(analysed.month()), findings);
    }

    /** The month's cells and findings over the scope. */
    Analysed analyse(YearMonth month, String scopeCode) {
        List<YearMonth> months = new ArrayList<>();
        for (int back = monthsBack; back >= 0; back--) {
            months.add(month.minusMonths(back));
        }
        List<CellCount> cells = store.cells(months, within(scopeCode));
        Map<String, @Nullable String> departments = new HashMap<>();
        network.nodes().forEach(node -> departments.put(node.code(), competent(node)));
        List<Finding> findings = detectors.detect(month, scopeCode, cells, departments::get);
        String period = month.toString();
        return new Analysed(cells.stream().filter(c -> c.month().equals(period)).toList(), findings);
    }

    /** The items every finding of the analysis rests on, read in one go. */
    Evidence evidence(Analysed analysed) {
        Map<String, List<CellCount>> byUnitAndSubject = new HashMap<>();
        analysed.month().forEach(cell -> byUnitAndSubject
                .computeIfAbsent(cell.unit() + "|" + cell.subject(), k -> new ArrayList<>())
                .add(cell));
        Map<Finding, List<CellCount>> cellsOf = new HashMap<>();
        List<String> keys = new ArrayList<>();
        for (Finding finding : analysed.findings()) {
            List<CellCount> cells = cellsOf(finding, byUnitAndSubject);
            cellsOf.put(finding, cells);
            cells.forEach(cell -> keys.add(key(cell)));
        }
        Map<String, List<UUID>> items = store.problemItems(keys);
        return finding -> cellsOf.getOrDefault(finding, List.of()).stream()
                .flatMap(cell -> items.getOrDefault(key(cell), List.of()).stream())
                .sorted()
                .toList();
    }

    /** The items a finding rests on: its cells' items that are problems of their own, sorted. */
    interface Evidence {
        List<UUID> itemsOf(Finding finding);
    }

    private static List<CellCount> cellsOf(Finding finding, Map<String, List<CellCount>> byUnitAndSubject) {
        return finding.unitCodes().stream()
                .flatMap(unit -> byUnitAndSubject.getOrDefault(unit + "|" + finding.subjectArea(), List.of()).stream())
                .filter(cell -> finding.township() == null || cell.township().equals(finding.township()))
                .toList();
    }

    private static String key(CellCount cell) {
        return Placement.cellKey(cell.month(), cell.township(), cell.unit(), cell.subject(), cell.channel());
    }

    /** Items and handled per month, oldest first, over the scope. */
    List<Trend> trend(YearMonth to, int count, String scopeCode) {
        List<YearMonth> months = new ArrayList<>();
        for (int back = count - 1; back >= 0; back--) {
            months.add(to.minusMonths(back));
        }
        Map<String, long[]> sums = new HashMap<>();
        store.cells(months, within(scopeCode)).forEach(cell -> {
            long[] sum = sums.computeIfAbsent(cell.month(), m -> new long[2]);
            sum[0] += cell.items();
            sum[1] += cell.handled();
        });
        return months.stream()
                .map(m -> {
                    long[] sum = sums.getOrDefault(m.toString(), new long[2]);
                    return new Trend(m.toString(), sum[0], sum[1]);
                })
                .toList();
    }

    List<CellCount> cellsOf(List<YearMonth> months, String scopeCode) {
        return store.cells(months, within(scopeCode));
    }

    /** Townships in the subtree of {@code scopeCode}, as the caller's own scope would see them. */
    private Predicate<String> within(String scopeCode) {
        Actor atScope = new Actor("scope", Set.of(), scopeCode);
        Map<String, Boolean> seen = new HashMap<>();
        return township -> seen.computeIfAbsent(township, t -> scopes.covers(atScope, t));
    }

    private static @Nullable String competent(NetworkNode node) {
        return node.competentDepartmentCode();
    }

    record Analysed(List<CellCount> month, List<Finding> findings) {}

    record Trend(String period, long items, long handled) {}
}
