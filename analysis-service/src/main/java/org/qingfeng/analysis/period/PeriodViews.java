package org.qingfeng.analysis.period;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.period.rules.Figures;
import org.qingfeng.analysis.period.rules.Period;
import org.qingfeng.analysis.period.rules.PeriodState;
import org.qingfeng.analysis.rules.RulesViolated;
import org.qingfeng.contracts.analysis.PeriodClosed;
import org.qingfeng.contracts.analysis.PeriodClosed.Figure;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.NodeAncestry;
import org.qingfeng.support.security.OutOfScope;
import org.qingfeng.support.security.Scopes;
import org.springframework.stereotype.Service;

/**
 * What the console shows of a station's periods, from {@code period_versions} and {@code period_states}
 * (and today's figures of the {@link FigureSource}s for {@code live}).
 *
 * <p>Whose periods: the {@code station} asked for, or else the nearest node on the caller's own line
 * up to the root (itself first) that has closed or reopened anything for the period (for the year, in the
 * list), or else the caller's own node. A caller may read a station that lies in its subtree (the
 * work station itself, the county above it) or above it (a township reading its work station's
 * periods); any other station is answered as not found. A caller below the station sees the versions
 * but only the figures whose key starts with a node of its own subtree ({@code 330281-101|work-style}
 * for township {@code 330281-101}): a frozen total over the whole county, or another township's row,
 * is not its to read.
 */
@Service
class PeriodViews {

    private final PeriodStore store;
    private final PeriodFigures figures;
    private final Scopes scopes;
    private final NodeAncestry ancestry;

    PeriodViews(PeriodStore store, PeriodFigures figures, Scopes scopes, NodeAncestry ancestry) {
        this.store = store;
        this.figures = figures;
        this.scopes = scopes;
        this.ancestry = ancestry;
    }

    View period(String periodText, @Nullable Integer version, @Nullable String station, Actor actor) {
        Period period = Period.parse(periodText)
                .orElseThrow(() ->
                        RulesViolated.of("period", "期间格式应为 yyyy-MM 或 yyyy-Qn / period must be yyyy-MM or yyyy-Qn"));
        String stationCode = station(actor, station, code -> store.summary(code, period.text())
                .filter(summary -> summary.version() > 0)
                .isPresent());
        Predicate<Figure> visible = visibleFigures(actor, stationCode);
        List<PeriodClosed> versions = store.versions(stationCode, period.text());
        Optional<PeriodClosed> selected = selected(versions, version);
        Optional<PeriodClosed> inForce = selected.flatMap(chosen -> lastClosed(versions, chosen.version()));
        Optional<PeriodClosed> before = inForce.flatMap(closed -> lastClosed(versions, closed.version() - 1));
        List<Figure> shown = inForce.map(PeriodClosed::figures).orElse(List.of()).stream()
                .filter(visible)
                .toList();
        List<Change> changes = before.map(closed ->
                        Figures.differences(
                                        closed.figures().stream()
                                                .filter(visible)
                                                .toList(),
                                        shown)
                                .stream()
                                .map(d -> new Change(d.table(), d.key(), d.from(), d.to()))
                                .toList())
                .orElse(List.of());
        List<Live> live =
                Figures.differences(
                                shown,
                                figures.now(stationCode, period.text()).stream()
                                        .filter(visible)
                                        .toList())
                        .stream()
                        .map(d -> new Live(d.table(), d.key(), d.from(), d.to()))
                        .toList();
        return new View(
                period.text(),
                stationCode,
                selected.map(chosen -> PeriodState.valueOf(chosen.state().name()))
                        .orElse(PeriodState.OPEN),
                selected.map(PeriodClosed::version).orElse(0),
                versions.stream().map(VersionView::of).toList(),
                shown,
                changes,
                live);
    }

    Year year(int year, @Nullable String station, Actor actor) {
        if (year < 2000 || year > 2100) {
            throw RulesViolated.of("year", "年份应在2000至2100之间 / year must lie between 2000 and 2100");
        }
        String stationCode = station(
                actor, station, code -> store.ofYear(code, year).stream().anyMatch(summary -> summary.version() > 0));
        Map<String, PeriodStore.Summary> known = store.ofYear(stationCode, year).stream()
                .collect(Collectors.toMap(PeriodStore.Summary::period, Function.identity()));
        List<PeriodRow> rows = new ArrayList<>();
        for (Period period : Period.ofYear(year)) {
            PeriodStore.Summary summary = known.get(period.text());
            rows.add(
                    summary == null
                            ? new PeriodRow(period.text(), PeriodState.OPEN, 0, 0, null)
                            : new PeriodRow(
                                    period.text(),
                                    summary.state(),
                                    summary.version(),
                                    summary.closedVersion(),
                                    summary.at()));
        }
        return new Year(year, stationCode, rows);
    }

    private String station(Actor actor, @Nullable String requested, Predicate<String> hasPeriods) {
        String home = actor.node();
        if (home == null) {
            throw new OutOfScope();
        }
        List<String> line = ancestry.lineage(home);
        if (requested != null) {
            if (!scopes.covers(actor, requested) && !line.contains(requested)) {
                throw new OutOfScope();
            }
            return requested;
        }
        return line.stream().filter(hasPeriods).findFirst().orElse(home);
    }

    /** All figures for a caller whose subtree holds the station; else only the rows of its own subtree. */
    private Predicate<Figure> visibleFigures(Actor actor, String stationCode) {
        if (scopes.covers(actor, stationCode)) {
            return figure -> true;
        }
        return figure -> scopes.covers(actor, figure.key().split("\\|", 2)[0]);
    }

    private static Optional<PeriodClosed> selected(List<PeriodClosed> versions, @Nullable Integer version) {
        if (version == null) {
            return versions.stream().max(Comparator.comparingInt(PeriodClosed::version));
        }
        return Optional.of(versions.stream()
                .filter(candidate -> candidate.version() == version)
                .findFirst()
                .orElseThrow(OutOfScope::new));
    }

    /** The latest close at or below {@code version}: the figures in force at that version. */
    private static Optional<PeriodClosed> lastClosed(List<PeriodClosed> versions, int version) {
        return versions.stream()
                .filter(candidate -> candidate.state() == PeriodClosed.State.CLOSED && candidate.version() <= version)
                .max(Comparator.comparingInt(PeriodClosed::version));
    }

    /** {@code GET /api/periods/{period}}. */
    record View(
            String period,
            String stationCode,
            PeriodState state,
            int version,
            List<VersionView> versions,
            List<Figure> figures,
            List<Change> changes,
            List<Live> live) {}

    record VersionView(
            int version,
            PeriodClosed.State state,
            Instant at,
            String actor,
            @Nullable String digest,
            @Nullable String reason) {

        static VersionView of(PeriodClosed event) {
            return new VersionView(
                    event.version(), event.state(), event.occurredAt(), event.actor(), event.digest(), event.reason());
        }
    }

    /** A row that changed from the close before the one shown. */
    record Change(
            String table,
            String key,
            @Nullable Double from,
            @Nullable Double to) {}

    /** A row where today's figure differs from the frozen one. */
    record Live(
            String table,
            String key,
            @Nullable Double frozen,
            @Nullable Double now) {}

    /** {@code GET /api/periods?year=}. */
    record Year(int year, String stationCode, List<PeriodRow> periods) {}

    record PeriodRow(
            String period,
            PeriodState state,
            int version,
            int closedVersion,
            @Nullable Instant at) {}
}
