package org.qingfeng.analysis.index.rules;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.cases.rules.CaseHistory;
import org.qingfeng.contracts.analysis.FindingPublished.FindingKind;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.analysis.TriageDecision;
import org.qingfeng.contracts.disposal.WarningColour;
import org.qingfeng.contracts.intake.ComplianceState;

/**
 * The facts of one quarter an index is computed from, as the projection holds them: items (with
 * their latest decision), warnings (disposal's history before cases), published findings, expected
 * reports, and disposal's cases opened in the quarter.
 */
public record Facts(
        List<Item> items, List<Warning> warnings, List<Finding> findings, List<Report> reports, List<Case> cases) {

    public static final Facts NONE = new Facts(List.of(), List.of(), List.of(), List.of(), List.of());

    public Facts {
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
        findings = List.copyOf(findings);
        reports = List.copyOf(reports);
        cases = List.copyOf(cases);
    }

    /** A quarter without cases, as before disposal opened any. */
    public Facts(List<Item> items, List<Warning> warnings, List<Finding> findings, List<Report> reports) {
        this(items, warnings, findings, reports, List.of());
    }

    /**
     * An item submitted in the quarter.
     *
     * @param regionCode where it came from (a village, a township, a unit)
     * @param decision the latest triage decision, null while undecided
     * @param severity the classification's severity, null when the decision carried none
     */
    public record Item(
            UUID itemId,
            String regionCode,
            String unitCode,
            @Nullable TriageDecision decision,
            @Nullable Severity severity) {

        /** Found untrue or a repeat: such an item says nothing against the unit. */
        public boolean discounted() {
            return decision == TriageDecision.UNFOUNDED
                    || decision == TriageDecision.MALICIOUS
                    || decision == TriageDecision.DUPLICATE;
        }

        public boolean upheld() {
            return decision == TriageDecision.ACCEPTED || decision == TriageDecision.LINKED;
        }
    }

    /**
     * A warning disposal issued on an item of the quarter.
     *
     * @param itemDecision the latest decision on the warned item, null while undecided
     */
    public record Warning(
            UUID warningId,
            UUID itemId,
            String unitCode,
            String townshipCode,
            WarningColour colour,
            @Nullable TriageDecision itemDecision) {

        /** A warning on an item later found unfounded or malicious no longer counts against the unit. */
        public boolean withdrawn() {
            return itemDecision == TriageDecision.UNFOUNDED || itemDecision == TriageDecision.MALICIOUS;
        }
    }

    /**
     * A finding the work station published for a month of the quarter.
     *
     * @param unitCodes the units it names: one, or several for a widespread problem
     */
    public record Finding(
            UUID findingId, FindingKind kind, String regionCode, List<String> unitCodes, List<UUID> itemIds) {

        public Finding {
            unitCodes = List.copyOf(unitCodes);
            itemIds = List.copyOf(itemIds);
        }

        /** The finding as it bears on one of the units it names. */
        public Finding narrowedTo(String unitCode) {
            return new Finding(findingId, kind, regionCode, List.of(unitCode), itemIds);
        }
    }

    /**
     * A disposal case opened in the quarter: a warning at the highest colour it reached, whatever
     * quarter the escalation came in, linked by its case id.
     *
     * @param colour the highest colour (four-colour equivalent) the case stood at
     * @param referred whether it was handed over for case investigation
     * @param withdrawn every item behind it was later found unfounded or malicious: like a warning on
     *     such an item, it no longer counts against the unit
     */
    public record Case(
            UUID caseId,
            List<UUID> itemIds,
            String unitCode,
            String townshipCode,
            WarningColour colour,
            boolean referred,
            boolean withdrawn) {

        public Case {
            itemIds = List.copyOf(itemIds);
        }

        /**
         * The case as the index counts it, from its history and the latest decision on each of its
         * items ({@code decisions} answers null for an undecided item); empty until its opening is seen.
         */
        public static Optional<Case> of(CaseHistory history, Function<UUID, @Nullable TriageDecision> decisions) {
            if (history.opening().isEmpty()) {
                return Optional.empty();
            }
            boolean withdrawn = !history.itemIds().isEmpty()
                    && history.itemIds().stream().map(decisions).allMatch(Case::untrue);
            return Optional.of(new Case(
                    history.caseId(),
                    history.itemIds(),
                    history.unitCode(),
                    history.townshipCode(),
                    history.highestColour().orElseThrow(),
                    history.referred(),
                    withdrawn));
        }

        private static boolean untrue(@Nullable TriageDecision decision) {
            return decision == TriageDecision.UNFOUNDED || decision == TriageDecision.MALICIOUS;
        }
    }

    /** How a unit kept one report expected in the quarter (a month of it, or the quarter itself). */
    public record Report(String unitCode, String period, ComplianceState state, boolean nil) {

        public String id() {
            return unitCode + "|" + period;
        }
    }
}
