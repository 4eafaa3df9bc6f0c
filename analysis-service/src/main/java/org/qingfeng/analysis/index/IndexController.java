package org.qingfeng.analysis.index;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.index.rules.Grade;
import org.qingfeng.analysis.index.rules.IndexMethod;
import org.qingfeng.analysis.index.rules.IndexRow;
import org.qingfeng.analysis.index.rules.Quarter;
import org.qingfeng.analysis.index.rules.Rule;
import org.qingfeng.analysis.rules.RulesViolated;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Actors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The integrity index (廉情指数): a quarter's rows, one node's trend, and the methods explained. */
@RestController
class IndexController {

    private static final String STAFF = "hasAnyRole('WORK_STATION_STAFF','TOWNSHIP_STAFF')";
    private static final String CODE = "[0-9A-Za-z-]{1,40}";
    private static final String CODE_MESSAGE = "节点代码只能含字母、数字和连字符 / node code takes letters, digits and hyphens";
    private static final String QUARTER_MESSAGE = "季度格式为 yyyy-Qn，如 2026-Q3 / quarter is yyyy-Qn, such as 2026-Q3";

    private final IntegrityIndex index;
    private final AuditTrail audit;

    IndexController(IntegrityIndex index, AuditTrail audit) {
        this.index = index;
        this.audit = audit;
    }

    /** Listing item ids is an item list: recorded {@code ITEM_LIST} with how many, before it is answered. */
    @GetMapping("/api/index/{quarter}")
    @PreAuthorize(STAFF)
    Sheet quarter(
            @PathVariable String quarter,
            @RequestParam(required = false) @Nullable String method,
            @RequestParam(required = false) @Pattern(regexp = CODE, message = CODE_MESSAGE) @Nullable String scope) {
        Quarter asked = quarter(quarter, "quarter");
        IndexMethod chosen = index.method(method);
        Actor actor = Actors.current();
        String scopeCode = index.scope(scope, actor);
        List<IndexRow> rows = scopeCode == null ? List.of() : index.quarter(asked, chosen, scopeCode, actor);
        Set<UUID> listed = listedItems(rows);
        if (!listed.isEmpty()) {
            audit.record(AuditEntry.of(AuditAction.ITEM_LIST, "index", asked.toString(), scopeCode)
                    .detail(String.valueOf(listed.size())));
        }
        return new Sheet(asked.toString(), chosen.version(), rows);
    }

    @GetMapping("/api/index/trend")
    @PreAuthorize(STAFF)
    Trend trend(
            @RequestParam @Pattern(regexp = CODE, message = CODE_MESSAGE) String node,
            @RequestParam String to,
            @RequestParam(defaultValue = "8") @Min(value = 1, message = "至少 1 个季度 / at least 1 quarter") int quarters,
            @RequestParam(required = false) @Nullable String method) {
        Quarter last = quarter(to, "to");
        IndexMethod chosen = index.method(method);
        List<Point> points = index.trend(node, last, quarters, chosen, Actors.current()).stream()
                .map(Point::of)
                .toList();
        return new Trend(node, chosen.version(), points);
    }

    @GetMapping("/api/index/methods")
    @PreAuthorize(STAFF)
    Methods methods() {
        return new Methods(
                index.defaultMethod().version(),
                IndexMethod.ALL.stream().map(MethodView::of).toList());
    }

    private static Quarter quarter(String text, String field) {
        return Quarter.parse(text).orElseThrow(() -> RulesViolated.of(field, QUARTER_MESSAGE));
    }

    private static Set<UUID> listedItems(List<IndexRow> rows) {
        Set<UUID> items = new TreeSet<>();
        rows.forEach(row -> row.integrity().deductions().forEach(d -> items.addAll(d.itemIds())));
        return items;
    }

    record Sheet(String quarter, String method, List<IndexRow> rows) {}

    record Trend(String node, String method, List<Point> points) {}

    record Point(
            String quarter,
            @Nullable Integer integrity,
            @Nullable Grade grade,
            int completeness,
            boolean suppressed) {

        static Point of(IntegrityIndex.QuarterRow row) {
            return new Point(
                    row.quarter().toString(),
                    row.row().integrity().score(),
                    row.row().integrity().grade(),
                    row.row().completeness().score(),
                    row.row().suppressed());
        }
    }

    record Methods(String defaultMethod, List<MethodView> methods) {}

    record MethodView(String version, String summary, List<RuleView> rules) {

        static MethodView of(IndexMethod method) {
            return new MethodView(
                    method.version(),
                    method.summary(),
                    method.rules().stream()
                            .map(rule -> new RuleView(
                                    rule.name(), rule.component(), rule.label(), method.weight(rule), method.cap(rule)))
                            .toList());
        }
    }

    record RuleView(
            String rule,
            Rule.Component component,
            String label,
            int points,
            @Nullable Integer cap) {}
}
