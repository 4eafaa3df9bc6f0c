package org.qingfeng.analysis.index.rules;

import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.index.rules.IndexRow.Level;
import org.qingfeng.contracts.analysis.FindingPublished.FindingKind;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.intake.NodeKind;

/**
 * A version of the index method: the points of each rule and an optional cap on what one rule may
 * take off. Methods are never edited once published; a change of weights is a new version, and every
 * old quarter can be recomputed under it from the stored facts.
 *
 * <p>Both components start at 100. Integrity: an item accepted or linked deducts by its severity (an
 * accepted item without a classification, decided before triage classified, as {@code MINOR}); an
 * item found unfounded, malicious or a duplicate, or not decided yet, deducts nothing. A warning
 * deducts by its colour unless its item was found unfounded or malicious. A published finding deducts
 * by its kind, a widespread one per unit it names. Completeness: a missing report and a late one
 * deduct; an on-time report, nil or not, deducts nothing. Scores never go below 0.
 *
 * <p>A disposal case is a warning: it deducts once, in the quarter it was opened, by the highest
 * colour it reached, unless every item behind it was found unfounded or malicious. A method only
 * applies the rules it weighs: {@code CASE_REFERRED} (a case referred for investigation deducts
 * again, on top of its colour) exists from {@code index-3} on, and the older versions compute exactly
 * what they always did.
 */
public record IndexMethod(
        String version,
        String summary,
        Map<Rule, Integer> weights,
        @Nullable Integer capPerRule) {

    public static final IndexMethod INDEX_1 = new IndexMethod(
            "index-1", "从 100 分起按规则扣分，不设单项上限 / start at 100 and deduct by rule, no cap", weights(1, 2, 4, 8), null);

    public static final IndexMethod INDEX_2 = new IndexMethod(
            "index-2",
            "问题条目按严重程度加倍扣分，每项规则最多扣 30 分 / item weights doubled, each rule takes at most 30 points",
            weights(2, 4, 8, 16),
            30);

    public static final IndexMethod INDEX_3 = new IndexMethod(
            "index-3",
            "同 index-2，另对移送立案调查的处置案件每件扣 10 分 / as index-2, and a case referred for investigation takes 10 more points",
            referred(weights(2, 4, 8, 16), 10),
            30);

    public static final List<IndexMethod> ALL = List.of(INDEX_1, INDEX_2, INDEX_3);

    private static final Comparator<UUID> BY_TEXT = Comparator.comparing(UUID::toString);

    public IndexMethod {
        weights = Collections.unmodifiableMap(new EnumMap<>(weights));
    }

    public static Optional<IndexMethod> byVersion(String version) {
        return ALL.stream().filter(method -> method.version.equals(version)).findFirst();
    }

    public int weight(Rule rule) {
        return weights.get(rule);
    }

    /** Whether this method applies {@code rule} at all. */
    public boolean weighs(Rule rule) {
        return weights.containsKey(rule);
    }

    /** The rules this method applies, in their listing order. */
    public List<Rule> rules() {
        return List.copyOf(weights.keySet());
    }

    /** The cap on one rule's points; completeness rules are never capped. */
    public @Nullable Integer cap(Rule rule) {
        return rule.component() == Rule.Component.INTEGRITY ? capPerRule : null;
    }

    /**
     * Scores one row from the facts that belong to it. Below county level, a row with items behind
     * it but fewer than {@code minCount} is suppressed: no integrity score or grade, no counts, no links.
     */
    public IndexRow row(String nodeCode, @Nullable NodeKind kind, Level level, Facts facts, int minCount) {
        EnumMap<Rule, Tally> tallies = tally(facts);
        int items = itemsBehind(facts).size();
        boolean countyLevel = kind == NodeKind.COUNTY || kind == NodeKind.WORK_STATION;
        boolean suppressed = !countyLevel && items > 0 && items < minCount;
        List<Deduction> integrityDeductions = deductions(tallies, Rule.Component.INTEGRITY);
        List<Deduction> completenessDeductions = deductions(tallies, Rule.Component.COMPLETENESS);
        Completeness completeness = new Completeness(score(completenessDeductions), completenessDeductions);
        if (suppressed) {
            Integrity withheld = new Integrity(null, null, List.of(Deduction.suppressed(minCount)));
            return new IndexRow(nodeCode, kind, level, null, withheld, completeness, true);
        }
        int integrityScore = score(integrityDeductions);
        Integrity integrity = new Integrity(integrityScore, Grade.of(integrityScore), integrityDeductions);
        return new IndexRow(nodeCode, kind, level, items, integrity, completeness, false);
    }

    /** 100 less every deduction's points, at least 0. */
    public static int score(List<Deduction> deductions) {
        int points = deductions.stream()
                .map(Deduction::points)
                .mapToInt(p -> p == null ? 0 : p)
                .sum();
        return Math.max(0, 100 - points);
    }

    /** Every item a row rests on: its own, and those behind its warnings and findings. */
    static Set<UUID> itemsBehind(Facts facts) {
        Set<UUID> items = new TreeSet<>(BY_TEXT);
        facts.items().forEach(item -> items.add(item.itemId()));
        facts.warnings().forEach(warning -> items.add(warning.itemId()));
        facts.findings().forEach(finding -> items.addAll(finding.itemIds()));
        facts.cases().forEach(c -> items.addAll(c.itemIds()));
        return items;
    }

    private static EnumMap<Rule, Tally> tally(Facts facts) {
        EnumMap<Rule, Tally> tallies = new EnumMap<>(Rule.class);
        for (Facts.Item item : facts.items()) {
            if (item.upheld()) {
                Severity severity = item.severity() == null ? Severity.MINOR : item.severity();
                Tally tally = tallies.computeIfAbsent(Rule.of(severity), rule -> new Tally());
                tally.items.add(item.itemId());
                tally.count++;
            }
        }
        for (Facts.Warning warning : facts.warnings()) {
            if (!warning.withdrawn()) {
                Tally tally = tallies.computeIfAbsent(Rule.of(warning.colour()), rule -> new Tally());
                tally.warnings.add(warning.warningId());
                tally.items.add(warning.itemId());
                tally.count++;
            }
        }
        for (Facts.Finding finding : facts.findings()) {
            Tally tally = tallies.computeIfAbsent(Rule.of(finding.kind()), rule -> new Tally());
            tally.findings.add(finding.findingId());
            tally.items.addAll(finding.itemIds());
            tally.count += unitsCounted(finding);
        }
        for (Facts.Case c : facts.cases()) {
            if (!c.withdrawn()) {
                Tally tally = tallies.computeIfAbsent(Rule.of(c.colour()), rule -> new Tally());
                tally.warnings.add(c.caseId());
                tally.items.addAll(c.itemIds());
                tally.count++;
                if (c.referred()) {
                    Tally referred = tallies.computeIfAbsent(Rule.CASE_REFERRED, rule -> new Tally());
                    referred.warnings.add(c.caseId());
                    referred.items.addAll(c.itemIds());
                    referred.count++;
                }
            }
        }
        for (Facts.Report report : facts.reports()) {
            Rule.of(report.state()).ifPresent(rule -> {
                Tally tally = tallies.computeIfAbsent(rule, r -> new Tally());
                tally.reports.add(report.id());
                tally.count++;
            });
        }
        return tallies;
    }

    /** A widespread problem deducts once per unit it names, any other once. */
    private static int unitsCounted(Facts.Finding finding) {
        return finding.kind() == FindingKind.WIDESPREAD ? finding.unitCodes().size() : 1;
    }

    private List<Deduction> deductions(EnumMap<Rule, Tally> tallies, Rule.Component component) {
        return tallies.entrySet().stream()
                .filter(entry -> entry.getKey().component() == component && weighs(entry.getKey()))
                .map(entry -> deduction(entry.getKey(), entry.getValue()))
                .toList();
    }

    private Deduction deduction(Rule rule, Tally tally) {
        int points = weight(rule) * tally.count;
        Integer cap = cap(rule);
        return new Deduction(
                rule.name(),
                rule.label(),
                cap == null ? points : Math.min(points, cap),
                tally.count,
                List.copyOf(tally.items),
                List.copyOf(tally.warnings),
                List.copyOf(tally.findings),
                List.copyOf(tally.reports));
    }

    private static Map<Rule, Integer> weights(int minor, int moderate, int serious, int grave) {
        Map<Rule, Integer> weights = new EnumMap<>(Rule.class);
        weights.put(Rule.ITEM_MINOR, minor);
        weights.put(Rule.ITEM_MODERATE, moderate);
        weights.put(Rule.ITEM_SERIOUS, serious);
        weights.put(Rule.ITEM_GRAVE, grave);
        weights.put(Rule.WARNING_BLUE, 2);
        weights.put(Rule.WARNING_YELLOW, 4);
        weights.put(Rule.WARNING_ORANGE, 8);
        weights.put(Rule.WARNING_RED, 15);
        weights.put(Rule.FINDING_EMERGING, 2);
        weights.put(Rule.FINDING_TRENDING, 5);
        weights.put(Rule.FINDING_WIDESPREAD, 3);
        weights.put(Rule.FINDING_RECURRING, 6);
        weights.put(Rule.REPORT_MISSING, 20);
        weights.put(Rule.REPORT_LATE, 5);
        return weights;
    }

    private static Map<Rule, Integer> referred(Map<Rule, Integer> weights, int points) {
        Map<Rule, Integer> extended = new EnumMap<>(weights);
        extended.put(Rule.CASE_REFERRED, points);
        return extended;
    }

    /** What one rule gathered from a row's facts: how many times it applies, and what it rests on. */
    private static final class Tally {
        private int count;
        private final Set<UUID> items = new TreeSet<>(BY_TEXT);
        private final Set<UUID> warnings = new TreeSet<>(BY_TEXT);
        private final Set<UUID> findings = new TreeSet<>(BY_TEXT);
        private final Set<String> reports = new TreeSet<>();
    }
}
