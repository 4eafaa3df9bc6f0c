package org.qingfeng.analysis.register;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.AnalysisProperties;
import org.qingfeng.analysis.register.rules.RiskPoint;
import org.qingfeng.analysis.register.rules.Standing;
import org.qingfeng.contracts.analysis.RiskLevel;
import org.qingfeng.contracts.intake.RiskCategory;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Scopes;
import org.springframework.stereotype.Component;

/**
 * The register as the caller may see it: the active points of units in the caller's subtree, each
 * with where it stands today (next self-check, overdue, rotation, firing), and the summary over
 * exactly those points.
 */
@Component
class RegisterView {

    private final RiskPointStore points;
    private final RegisterItemStore items;
    private final Scopes scopes;
    private final Clock clock;
    private final ZoneId zone;
    private final Standing.Window window;

    RegisterView(
            RiskPointStore points,
            RegisterItemStore items,
            Scopes scopes,
            Clock clock,
            AnalysisProperties analysis,
            RegisterProperties properties) {
        this.points = points;
        this.items = items;
        this.scopes = scopes;
        this.clock = clock;
        this.zone = analysis.zone();
        this.window = properties.window();
    }

    /** One point with its standing. */
    record Row(RiskPoint point, LocalDate firstRecordedOn, Standing standing) {}

    record PointView(
            String riskPointId,
            String unitCode,
            @Nullable String post,
            String description,
            RiskCategory category,
            RiskLevel level,
            String measures,
            String leaderLevel,
            String responsibleLeader,
            @Nullable LocalDate holderSince,
            @Nullable LocalDate lastSelfCheckOn,
            LocalDate nextSelfCheckOn,
            boolean overdue,
            boolean rotationDue,
            boolean firing,
            int items90d,
            List<String> keywords) {

        static PointView of(Row row) {
            RiskPoint p = row.point();
            Standing s = row.standing();
            return new PointView(
                    p.riskPointId(),
                    p.unitCode(),
                    p.post(),
                    p.description(),
                    p.category(),
                    p.level(),
                    p.measures(),
                    p.leaderLevel(),
                    p.responsibleLeader(),
                    p.holderSince(),
                    p.lastSelfCheckOn(),
                    s.nextSelfCheckOn(),
                    s.overdue(),
                    s.rotationDue(),
                    s.firing(),
                    s.items(),
                    p.keywords());
        }
    }

    record Listing(List<PointView> points, Map<String, Long> summary) {}

    /** The visible active points, by unit then id, narrowed by the filters given. */
    List<Row> rows(Actor actor, @Nullable String unit, @Nullable RiskLevel level, @Nullable RiskCategory category) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Map<String, List<LocalDate>> tagged = new HashMap<>();
        for (RegisterItemStore.Tag tag : items.tags()) {
            tagged.computeIfAbsent(tag.riskPointId(), id -> new ArrayList<>()).add(day(tag.decidedAt()));
        }
        return scopes.visible(actor, points.all(zone), stored -> stored.point().unitCode()).stream()
                .filter(stored -> stored.point().active())
                .filter(stored -> unit == null || stored.point().unitCode().equals(unit))
                .filter(stored -> level == null || stored.point().level() == level)
                .filter(stored -> category == null || stored.point().category() == category)
                .map(stored -> new Row(
                        stored.point(),
                        stored.firstRecordedOn(),
                        Standing.of(
                                stored.point(),
                                stored.firstRecordedOn(),
                                tagged.getOrDefault(stored.point().riskPointId(), List.of()),
                                today,
                                window)))
                .sorted(Comparator.comparing((Row r) -> r.point().unitCode())
                        .thenComparing(r -> r.point().riskPointId()))
                .toList();
    }

    Listing listing(List<Row> rows) {
        Map<String, Long> summary = new LinkedHashMap<>();
        for (RiskLevel level : RiskLevel.values()) {
            summary.put(
                    level.name(),
                    rows.stream().filter(r -> r.point().level() == level).count());
        }
        summary.put("overdue", rows.stream().filter(r -> r.standing().overdue()).count());
        summary.put(
                "rotationDue",
                rows.stream().filter(r -> r.standing().rotationDue()).count());
        summary.put("firing", rows.stream().filter(r -> r.standing().firing()).count());
        return new Listing(rows.stream().map(PointView::of).toList(), summary);
    }

    record GapView(
            String itemId,
            String unitCode,
            String subjectArea,
            @Nullable String riskCategory,
            Instant decidedAt) {}

    /** The month's items taken up without a point, in the caller's subtree (by the item's region). */
    List<GapView> gaps(Actor actor, String month) {
        return scopes.visible(actor, items.gaps(month), RegisterItemStore.Gap::regionCode).stream()
                .sorted(Comparator.comparing(RegisterItemStore.Gap::decidedAt))
                .map(g -> new GapView(g.itemId(), g.unitCode(), g.subjectArea(), g.riskCategory(), g.decidedAt()))
                .toList();
    }

    private LocalDate day(Instant at) {
        return at.atZone(zone).toLocalDate();
    }
}
