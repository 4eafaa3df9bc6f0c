package org.qingfeng.analysis.monthly;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.rules.RulesViolated;
import org.qingfeng.analysis.rules.Violation;
import org.qingfeng.contracts.analysis.FindingPublished.Destination;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Actors;
import org.qingfeng.support.security.OutOfScope;
import org.qingfeng.support.security.Scopes;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The monthly dashboard, the trend, and the findings published. Figures are over the caller's
 * subtree (or that of {@code scope}, which must lie in it). Lists that name items are audited
 * {@code ITEM_LIST} with the count.
 */
@RestController
class MonthlyController {

    private final MonthlyAnalysis analysis;
    private final FindingPublication publication;
    private final PublishedFindingStore published;
    private final Scopes scopes;
    private final AuditTrail audit;
    private final MonthlyProperties properties;

    MonthlyController(
            MonthlyAnalysis analysis,
            FindingPublication publication,
            PublishedFindingStore published,
            Scopes scopes,
            AuditTrail audit,
            MonthlyProperties properties) {
        this.analysis = analysis;
        this.publication = publication;
        this.published = published;
        this.scopes = scopes;
        this.audit = audit;
        this.properties = properties;
    }

    @GetMapping("/api/analysis/months/{month}")
    @PreAuthorize("hasAnyRole('WORK_STATION_STAFF','TOWNSHIP_STAFF')")
    MonthView month(@PathVariable String month, @RequestParam(required = false) @Nullable String scope) {
        Actor actor = Actors.current();
        YearMonth period = parseMonth("month", month);
        String scopeCode = scopeOf(actor, scope);
        MonthView view = analysis.view(period, scopeCode);
        long items = view.findings().stream().mapToLong(f -> f.itemIds().size()).sum();
        audit.record(
                actor,
                AuditEntry.of(AuditAction.ITEM_LIST, "monthly-analysis", period.toString(), scopeCode)
                        .detail("findings=" + view.findings().size() + " items=" + items));
        return view;
    }

    @GetMapping("/api/analysis/trend")
    @PreAuthorize("hasAnyRole('WORK_STATION_STAFF','TOWNSHIP_STAFF')")
    Trends trend(
            @RequestParam String to,
            @RequestParam(defaultValue = "12") int months,
            @RequestParam(required = false) @Nullable String scope) {
        YearMonth end = parseMonth("to", to);
        if (months < 1 || months > properties.trendMaxMonths()) {
            throw RulesViolated.of(
                    "months",
                    "月数须在 1 到 " + properties.trendMaxMonths() + " 之间 / must be between 1 and "
                            + properties.trendMaxMonths());
        }
        return new Trends(analysis.trend(end, months, scopeOf(Actors.current(), scope)));
    }

    @PostMapping("/api/analysis/findings")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasRole('WORK_STATION_STAFF')")
    Published publish(@RequestBody FindingDraft draft) {
        List<Violation> violations = new ArrayList<>();
        if (draft.period() == null) {
            violations.add(new Violation("period", "必填 / required"));
        }
        if (draft.findingId() == null) {
            violations.add(new Violation("findingId", "必填 / required"));
        }
        if (draft.destination() == null) {
            violations.add(new Violation("destination", "必填 / required"));
        }
        if (draft.severity() == null) {
            violations.add(new Violation("severity", "必填 / required"));
        }
        if (!violations.isEmpty()) {
            throw new RulesViolated(violations);
        }
        YearMonth period = parseMonth("period", draft.period());
        return new Published(publication.publish(
                period, draft.findingId(), draft.destination(), draft.severity(), Actors.current()));
    }

    @GetMapping("/api/analysis/findings")
    @PreAuthorize("hasAnyRole('WORK_STATION_STAFF','TOWNSHIP_STAFF')")
    PublishedList findings(@RequestParam String period) {
        Actor actor = Actors.current();
        YearMonth month = parseMonth("period", period);
        List<PublishedFinding> visible =
                scopes.visible(actor, published.ofPeriod(month.toString()), PublishedFinding::regionCode).stream()
                        .sorted((a, b) -> a.findingId().compareTo(b.findingId()))
                        .toList();
        audit.record(
                actor,
                AuditEntry.of(AuditAction.ITEM_LIST, "published-findings", month.toString(), actor.node())
                        .detail("findings=" + visible.size()));
        return new PublishedList(visible);
    }

    private String scopeOf(Actor actor, @Nullable String scope) {
        if (scope == null) {
            if (actor.node() == null) {
                throw new OutOfScope();
            }
            return actor.node();
        }
        scopes.require(actor, scope);
        return scope;
    }

    private static YearMonth parseMonth(String field, @Nullable String value) {
        try {
            if (value == null || !value.matches("\\d{4}-\\d{2}")) {
                throw new DateTimeParseException("not yyyy-MM", String.valueOf(value), 0);
            }
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw RulesViolated.of(field, "月份格式应为 yyyy-MM / must be a month, yyyy-MM");
        }
    }

    record FindingDraft(
            @Nullable String period,
            @Nullable UUID findingId,
            @Nullable Destination destination,
            @Nullable Severity severity) {}

    record Published(UUID findingId) {}

    record Trends(List<MonthlyAnalysis.Trend> months) {}

    record PublishedList(List<PublishedFinding> findings) {}
}
