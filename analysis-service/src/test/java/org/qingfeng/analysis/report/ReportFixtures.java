package org.qingfeng.analysis.report;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.qingfeng.analysis.cases.CaseFixtures;
import org.qingfeng.analysis.report.rules.Disposal;
import org.qingfeng.analysis.report.rules.FindingFacts;
import org.qingfeng.analysis.report.rules.Labels;
import org.qingfeng.analysis.report.rules.Narrative;
import org.qingfeng.analysis.report.rules.Quarter;
import org.qingfeng.analysis.report.rules.QuarterFigures;
import org.qingfeng.analysis.report.rules.QuarterlyReport;
import org.qingfeng.analysis.report.rules.Tables;
import org.qingfeng.analysis.report.rules.Texts;
import org.qingfeng.contracts.analysis.FindingPublished.Destination;
import org.qingfeng.contracts.analysis.FindingPublished.FindingKind;
import org.qingfeng.contracts.analysis.FindingPublished.PeriodCount;
import org.qingfeng.contracts.analysis.PeriodClosed.Figure;
import org.qingfeng.contracts.analysis.RiskLevel;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.disposal.CaseStepped.State;
import org.qingfeng.contracts.disposal.CaseStepped.Step;
import org.qingfeng.contracts.disposal.WarningColour;

/** A county quarter's figures and findings, as the monthly analysis and the index would publish them. */
public final class ReportFixtures {

    public static final Quarter QUARTER = new Quarter(2026, 4);
    public static final String STATION = "330281";
    public static final String TOWNSHIP = "330281-101";
    public static final String OTHER_TOWNSHIP = "330281-102";

    private ReportFixtures() {}

    /** Monthly-style figures of one month over {@code station}: 12 items, 9 handled in the quarter's first month. */
    public static List<Figure> anyMonthFigures(String station, int items, int handled) {
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("totals", "items", items));
        figures.add(new Figure("totals", "handled", handled));
        figures.add(new Figure("totals", "unhandled", items - handled));
        figures.add(new Figure("by-township", station + "-101|items", items - 4));
        figures.add(new Figure("by-township", station + "-101|handled", handled - 3));
        figures.add(new Figure("by-township", station + "-102|items", 4));
        figures.add(new Figure("by-township", station + "-102|handled", 3));
        figures.add(new Figure("by-subject", "work-style|items", items - 5));
        figures.add(new Figure("by-subject", "work-style|handled", handled - 4));
        figures.add(new Figure("by-subject", "medical-ethics|items", 5));
        figures.add(new Figure("by-subject", "medical-ethics|handled", 4));
        figures.add(new Figure("by-channel", "CONTACT_CARD|items", items - 2));
        figures.add(new Figure("by-channel", "HOTLINE|items", 2));
        figures.add(new Figure("findings", "published", 1));
        return figures;
    }

    /** Index figures of a quarter: node → score and node → grade rank. */
    public static List<Figure> anyIndexFigures(String station) {
        return List.of(
                new Figure("index", station + "-101", 86.5),
                new Figure("index-grade", station + "-101", 2),
                new Figure("index", station + "-102", 95),
                new Figure("index-grade", station + "-102", 1));
    }

    public static FindingFacts anyFinding(String period, FindingKind kind, Destination destination, int items) {
        List<String> itemIds = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            itemIds.add(UUID.randomUUID().toString());
        }
        return new FindingFacts(
                UUID.randomUUID().toString(),
                period,
                kind,
                destination,
                TOWNSHIP,
                TOWNSHIP + "-U07",
                List.of(TOWNSHIP + "-U07"),
                "work-style",
                Severity.SERIOUS,
                RiskLevel.B,
                "Poisson P(X≥9 | λ=2.8)=0.0021 < 0.01",
                List.of(new PeriodCount("2026-08", 2), new PeriodCount("2026-09", 3)),
                itemIds,
                destination == Destination.EXCHANGE ? STATION + "-D03" : null);
    }

    /**
     * The disposal of {@link #QUARTER} as of 2026-12-20 in Beijing: an orange case for {@code finding},
     * opened on 5 November and still waiting for a reply due on 30 November (overdue), and a blue
     * immediate case opened on 2 October and closed after verification.
     */
    public static Disposal anyDisposal(FindingFacts finding) {
        CaseFixtures.Script forFinding = CaseFixtures.anyCase(
                        STATION,
                        TOWNSHIP,
                        finding.unitCode(),
                        UUID.fromString(finding.findingId()),
                        finding.itemIds().stream().map(UUID::fromString).toList())
                .opened(
                        Instant.parse("2026-11-05T02:00:00Z"),
                        WarningColour.ORANGE,
                        Instant.parse("2026-11-30T16:00:00Z"));
        CaseFixtures.Script immediate = CaseFixtures.anyCase(STATION, TOWNSHIP, TOWNSHIP + "-U08", UUID.randomUUID())
                .opened(
                        Instant.parse("2026-10-02T02:00:00Z"),
                        WarningColour.BLUE,
                        Instant.parse("2026-10-15T16:00:00Z"))
                .step(
                        Step.REPLY_ACCEPTED,
                        Instant.parse("2026-10-10T02:00:00Z"),
                        WarningColour.BLUE,
                        State.CLOSED,
                        null);
        return Disposal.of(
                List.of(forFinding.history(), immediate.history()),
                List.of(finding),
                QUARTER,
                ZoneId.of("Asia/Shanghai"),
                Instant.parse("2026-12-20T02:00:00Z"));
    }

    /** A whole report of {@link #QUARTER}, with the given draft (null for none). */
    public static QuarterlyReport anyReport(Texts draft) {
        List<Figure> months = new ArrayList<>(anyMonthFigures(STATION, 12, 9));
        months.addAll(anyMonthFigures(STATION, 10, 10));
        QuarterFigures figures = QuarterFigures.of(anyIndexFigures(STATION), months);
        List<FindingFacts> findings = List.of(
                anyFinding("2026-10", FindingKind.TRENDING, Destination.DISPOSAL, 9),
                anyFinding("2026-11", FindingKind.RECURRING, Destination.EXCHANGE, 4));
        Function<String, String> names = code -> code.equals(STATION) ? "示范县纪委预警信息工作站" : code;
        Disposal disposal = anyDisposal(findings.get(0));
        return new QuarterlyReport(
                QUARTER,
                STATION,
                names.apply(STATION),
                false,
                draft == null ? 0 : 1,
                draft,
                Narrative.suggest(QUARTER, figures, findings, disposal, names, Labels::subject),
                Tables.of(figures, findings, disposal, names, Labels::subject),
                QuarterlyReport.charts(figures, names, Labels::subject));
    }
}
