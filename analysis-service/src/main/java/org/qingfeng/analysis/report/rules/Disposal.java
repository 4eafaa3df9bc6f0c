package org.qingfeng.analysis.report.rules;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.cases.rules.CaseHistory;
import org.qingfeng.contracts.disposal.CaseStepped.State;
import org.qingfeng.contracts.disposal.WarningColour;

/**
 * The disposal part of the handling status: the cases the station opened in the quarter, as they
 * stood at the quarter's end (or now, while the quarter runs), and what became of each published
 * finding of the quarter, as its cases stand now.
 *
 * <ul>
 *   <li>{@code byColour}: cases opened in the quarter by the highest colour they reached by its end;
 *   <li>{@code verified}: closed after the station accepted the reply (整改验收后办结);
 *   <li>{@code referred}: handed over for case investigation;
 *   <li>{@code escalated}: climbed a rung (deadline passed or reply rejected) at least once;
 *   <li>{@code open}: not finished at the quarter's end; {@code overdue}: of those, past a deadline then.
 * </ul>
 *
 * @param findings one row per finding and case opened for it; a finding without a case has one row
 *     with no case
 */
public record Disposal(
        Map<WarningColour, Long> byColour,
        long opened,
        long verified,
        long referred,
        long escalated,
        long open,
        long overdue,
        List<FindingCase> findings) {

    /** No cases and no findings. */
    public static final Disposal NONE = new Disposal(
            Map.of(
                    WarningColour.BLUE, 0L,
                    WarningColour.YELLOW, 0L,
                    WarningColour.ORANGE, 0L,
                    WarningColour.RED, 0L),
            0,
            0,
            0,
            0,
            0,
            0,
            List.of());

    public Disposal {
        byColour = Map.copyOf(byColour);
        findings = List.copyOf(findings);
    }

    /**
     * A finding and one case opened for it, as the case stands now.
     *
     * @param caseId null when no case was opened for the finding
     */
    public record FindingCase(
            FindingFacts finding,
            @Nullable String caseId,
            @Nullable WarningColour colour,
            @Nullable State state,
            boolean overdue) {}

    /**
     * @param cases the station's cases: those opened in the quarter and those of its findings
     * @param findings the findings the station published for the quarter's months
     * @param zone the zone the quarter is reckoned in
     * @param now the moment of the report: counts stand at the quarter's end or now, whichever is first
     */
    public static Disposal of(
            List<CaseHistory> cases, List<FindingFacts> findings, Quarter quarter, ZoneId zone, Instant now) {
        Instant quarterStart = quarter.start(zone);
        Instant quarterEnd = quarter.end(zone);
        Instant asOf = now.isBefore(quarterEnd) ? now : quarterEnd;
        Map<WarningColour, Long> byColour = new EnumMap<>(WarningColour.class);
        for (WarningColour colour : WarningColour.values()) {
            byColour.put(colour, 0L);
        }
        long opened = 0;
        long verified = 0;
        long referred = 0;
        long escalated = 0;
        long open = 0;
        long overdue = 0;
        for (CaseHistory whole : cases) {
            CaseHistory c = whole.until(asOf);
            Optional<CaseHistory.Step> opening = c.opening();
            if (opening.isEmpty() || opening.get().occurredAt().isBefore(quarterStart)) {
                continue;
            }
            opened++;
            byColour.merge(c.highestColour().orElseThrow(), 1L, Long::sum);
            verified += c.verified() ? 1 : 0;
            referred += c.referred() ? 1 : 0;
            escalated += c.escalated() ? 1 : 0;
            open += c.finished() ? 0 : 1;
            overdue += c.overdue(asOf) ? 1 : 0;
        }
        return new Disposal(
                byColour, opened, verified, referred, escalated, open, overdue, findingCases(cases, findings, now));
    }

    /** The colours with at least one case, mildest first. */
    public List<Map.Entry<WarningColour, Long>> colours() {
        return byColour.entrySet().stream()
                .filter(entry -> entry.getValue() > 0)
                .sorted(Map.Entry.comparingByKey())
                .toList();
    }

    /** The rows of one finding, in case order. */
    public List<FindingCase> casesOf(String findingId) {
        return findings.stream()
                .filter(row -> row.finding().findingId().equals(findingId))
                .toList();
    }

    private static List<FindingCase> findingCases(List<CaseHistory> cases, List<FindingFacts> findings, Instant now) {
        List<FindingCase> rows = new ArrayList<>();
        for (FindingFacts finding : findings) {
            List<CaseHistory> opened = cases.stream()
                    .filter(c ->
                            c.findingId() != null && c.findingId().toString().equals(finding.findingId()))
                    .filter(c -> c.latest().isPresent())
                    .sorted(Comparator.comparing(c -> c.caseId().toString()))
                    .toList();
            if (opened.isEmpty()) {
                rows.add(new FindingCase(finding, null, null, null, false));
            }
            for (CaseHistory c : opened) {
                CaseHistory.Step standing = c.latest().orElseThrow();
                rows.add(new FindingCase(
                        finding,
                        c.caseId().toString(),
                        c.highestColour().orElseThrow(),
                        standing.state(),
                        c.overdue(now)));
            }
        }
        return rows;
    }
}
