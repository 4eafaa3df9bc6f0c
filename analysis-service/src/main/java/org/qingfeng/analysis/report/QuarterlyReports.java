package org.qingfeng.analysis.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.qingfeng.analysis.AnalysisProperties;
import org.qingfeng.analysis.network.NetworkDirectory;
import org.qingfeng.analysis.network.rules.NetworkNode;
import org.qingfeng.analysis.period.FigureSource;
import org.qingfeng.analysis.period.PeriodStates;
import org.qingfeng.analysis.report.rules.Disposal;
import org.qingfeng.analysis.report.rules.DraftEdit;
import org.qingfeng.analysis.report.rules.DraftRules;
import org.qingfeng.analysis.report.rules.FindingFacts;
import org.qingfeng.analysis.report.rules.Labels;
import org.qingfeng.analysis.report.rules.Narrative;
import org.qingfeng.analysis.report.rules.Quarter;
import org.qingfeng.analysis.report.rules.QuarterFigures;
import org.qingfeng.analysis.report.rules.QuarterlyReport;
import org.qingfeng.analysis.report.rules.Tables;
import org.qingfeng.analysis.rules.RulesViolated;
import org.qingfeng.analysis.rules.Violation;
import org.qingfeng.analysis.web.ServiceUnavailable;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.analysis.PeriodClosed.Figure;
import org.qingfeng.contracts.analysis.ReportDraftEdited;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.kafka.Acks;
import org.qingfeng.support.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * A station's quarterly report: assembled on each request from the features' figures ({@link
 * FigureSource}), the findings the station published and its latest draft; and draft edits, which
 * are published as {@code ReportDraftEdited} and projected back by the listener.
 *
 * <p>The station is the caller's own node, and every figure is asked for over its subtree. An edit
 * must start from the latest revision (optimistic: {@code 409} otherwise) and is refused once the
 * quarter is closed. The latest revision is the projection's, or the one this instance published
 * last if the listener has not caught up yet, so an editor who saves twice in a row is not told
 * that their own revision is stale.
 */
@Service
class QuarterlyReports {

    private static final Logger log = LoggerFactory.getLogger(QuarterlyReports.class);
    static final String TARGET = "quarterly-report";

    private final ReportStore store;
    private final ObjectProvider<FigureSource> sources;
    private final ObjectProvider<PeriodStates> states;
    private final NetworkDirectory network;
    private final AuditTrail audit;
    private final KafkaTemplate<String, Object> kafka;
    private final Clock clock;
    private final Duration ackTimeout;
    private final ZoneId zone;
    private final int maxPartLength;
    private final Map<String, Integer> publishedRevisions = new ConcurrentHashMap<>();
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    QuarterlyReports(
            ReportStore store,
            ObjectProvider<FigureSource> sources,
            ObjectProvider<PeriodStates> states,
            NetworkDirectory network,
            AuditTrail audit,
            KafkaTemplate<String, Object> kafka,
            Clock clock,
            AnalysisProperties analysis,
            ReportProperties properties) {
        this.store = store;
        this.sources = sources;
        this.states = states;
        this.network = network;
        this.audit = audit;
        this.kafka = kafka;
        this.clock = clock;
        this.ackTimeout = analysis.ackTimeout();
        this.zone = analysis.zone();
        this.maxPartLength = properties.maxPartLength();
    }

    QuarterlyReport report(Actor actor, String quarterText) {
        String station = station(actor);
        Quarter quarter = quarter(quarterText);
        List<Figure> months = new ArrayList<>();
        quarter.months().forEach(month -> months.addAll(figures(station, month)));
        QuarterFigures figures = QuarterFigures.of(figures(station, quarter.toString()), months);
        List<FindingFacts> findings = store.findings(station, quarter);
        Disposal disposal =
                Disposal.of(store.cases(station, quarter, findings), findings, quarter, zone, clock.instant());
        Function<String, String> names = names();
        Function<String, String> subjects = Labels::subject;
        ReportStore.Draft draft = store.draft(station, quarter).orElse(null);
        return new QuarterlyReport(
                quarter,
                station,
                names.apply(station),
                closed(station, quarter),
                draft == null ? 0 : draft.revision(),
                draft == null ? null : draft.texts(),
                Narrative.suggest(quarter, figures, findings, disposal, names, subjects),
                Tables.of(figures, findings, disposal, names, subjects),
                QuarterlyReport.charts(figures, names, subjects));
    }

    /** Publishes the next revision; returns its number once the broker acknowledged it. */
    int edit(Actor actor, String quarterText, DraftEdit edit) {
        String station = station(actor);
        Quarter quarter = quarter(quarterText);
        List<Violation> violations = DraftRules.check(edit, maxPartLength);
        if (!violations.isEmpty()) {
            throw new RulesViolated(violations);
        }
        String key = ReportStore.key(station, quarter.toString());
        synchronized (locks.computeIfAbsent(key, k -> new Object())) {
            if (closed(station, quarter)) {
                throw new ReportConflict("本季度已关账，报告不能再修改 / The quarter is closed; its report can no longer be edited");
            }
            int latest = Math.max(
                    store.draft(station, quarter)
                            .map(ReportStore.Draft::revision)
                            .orElse(0),
                    publishedRevisions.getOrDefault(key, 0));
            if (edit.revision() == null || edit.revision() != latest) {
                throw new ReportConflict(
                        "草稿已有更新的版本（第%d版），请刷新后再修改 / The draft has a newer revision (%d); reload before editing"
                                .formatted(latest, latest));
            }
            int next = latest + 1;
            ReportDraftEdited edited = new ReportDraftEdited(
                    EventIds.derive("report-draft-edited", key + "#" + next),
                    Instant.now(clock).truncatedTo(ChronoUnit.MILLIS),
                    station,
                    quarter.toString(),
                    next,
                    DraftRules.clean(edit.workDynamics()),
                    DraftRules.clean(edit.salientProblems()),
                    DraftRules.clean(edit.handlingStatus()),
                    actor.subject());
            audit.record(
                    actor,
                    AuditEntry.of(AuditAction.REPORTING_CHANGED, TARGET, key, station)
                            .detail("revision=" + next));
            publish(key, edited);
            publishedRevisions.merge(key, next, Math::max);
            return next;
        }
    }

    /** Records the download of the report as an export of the station's figures. */
    void exported(Actor actor, QuarterlyReport report, String format) {
        audit.record(
                actor,
                AuditEntry.of(
                                AuditAction.EXPORTED,
                                TARGET,
                                ReportStore.key(
                                        report.stationCode(), report.quarter().toString()),
                                report.stationCode())
                        .detail(format));
    }

    private void publish(String key, ReportDraftEdited edited) {
        try {
            Acks.sendAll(kafka, List.of(new ProducerRecord<>(Topics.REPORT_DRAFTS.name(), key, edited)), ackTimeout);
        } catch (Acks.AckFailed e) {
            log.warn(
                    "Draft revision {} of {} not acknowledged by the broker: {}",
                    edited.revision(),
                    key,
                    e.getClass().getSimpleName());
            throw new ServiceUnavailable("the broker did not acknowledge the draft", e);
        }
    }

    /**
     * Every source's figures for the period; where two sources publish the same table and key, the
     * first in their order counts, so one number never counts twice.
     */
    private List<Figure> figures(String station, String period) {
        Set<String> seen = new HashSet<>();
        return sources.orderedStream()
                .flatMap(source -> source.figures(station, period).stream())
                .filter(figure -> seen.add(figure.table() + "\u0000" + figure.key()))
                .toList();
    }

    private boolean closed(String station, Quarter quarter) {
        PeriodStates periods = states.getIfAvailable();
        return periods != null && periods.isClosed(station, quarter.toString());
    }

    private Function<String, String> names() {
        Map<String, String> names =
                network.nodes().stream().collect(Collectors.toMap(NetworkNode::code, NetworkNode::name, (a, b) -> b));
        return code -> names.getOrDefault(code, code);
    }

    private static String station(Actor actor) {
        if (actor.node() == null) {
            throw new AccessDeniedException("a station's report needs a caller at a node");
        }
        return actor.node();
    }

    private static Quarter quarter(String text) {
        return Quarter.parse(text)
                .orElseThrow(
                        () -> RulesViolated.of("quarter", "应为 yyyy-Qn，如 2026-Q4 / expected yyyy-Qn, such as 2026-Q4"));
    }
}
