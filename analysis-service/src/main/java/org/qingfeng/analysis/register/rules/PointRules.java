package org.qingfeng.analysis.register.rules;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.rules.Violation;
import org.qingfeng.contracts.analysis.RiskLevel;
import org.qingfeng.contracts.intake.RiskCategory;

/**
 * What a risk point must say. The unit is a node of the network; the category one of the five, the
 * level A, B or C, the leader level one of {@link Labels#LEADER_LEVELS}; description, measures and
 * the responsible leader's post title are required; texts are bounded; dates are not in the future.
 * An edit keeps the point's unit and, unless a new one is stated, its last self-check.
 */
public final class PointRules {

    public static final int MAX_POST = 50;
    public static final int MAX_DESCRIPTION = 500;
    public static final int MAX_MEASURES = 1000;
    public static final int MAX_LEADER = 50;
    public static final int MAX_KEYWORDS = 20;
    public static final int MAX_KEYWORD = 20;

    private static final String REQUIRED = "必填 / required";
    private static final LocalDate EARLIEST = LocalDate.of(1950, 1, 1);

    private PointRules() {}

    /**
     * Where the draft is checked: today in the service's zone, whether a unit code is a node of the
     * network, and how a field is named in the answer (the JSON field, or a workbook's cell).
     */
    public record Context(LocalDate today, Predicate<String> unitKnown, Function<String, String> field) {

        public static Context json(LocalDate today, Predicate<String> unitKnown) {
            return new Context(today, unitKnown, Function.identity());
        }
    }

    /**
     * The point's violations, or the checked point (with the stated id, or an empty one for the
     * caller to generate). {@code existing} is the point the stated id already names, if any.
     */
    public record Checked(
            List<Violation> violations, @Nullable RiskPoint point) {

        public boolean valid() {
            return violations.isEmpty();
        }
    }

    public static Checked check(PointDraft draft, @Nullable RiskPoint existing, Context context) {
        Errors errors = new Errors(context.field());
        String id = blankToNull(draft.riskPointId());
        if (id != null && !PointIds.SHAPE.matcher(id).matches()) {
            errors.add("riskPointId", "编号只能由字母、数字和连字符组成，不超过 64 位 / letters, digits and hyphens, at most 64");
        }
        String unit = blankToNull(draft.unitCode());
        if (unit == null) {
            errors.add("unitCode", REQUIRED);
        } else if (existing != null && !existing.unitCode().equals(unit)) {
            errors.add(
                    "unitCode", "该编号的风险点属于单位 " + existing.unitCode() + "，不能改到其他单位 / the point belongs to another unit");
        } else if (!context.unitKnown().test(unit)) {
            errors.add("unitCode", "网络中没有该单位 / no such unit in the network");
        }
        String post = bounded(errors, "post", draft.post(), MAX_POST, false);
        String description = bounded(errors, "description", draft.description(), MAX_DESCRIPTION, true);
        String measures = bounded(errors, "measures", draft.measures(), MAX_MEASURES, true);
        String leader = bounded(errors, "responsibleLeader", draft.responsibleLeader(), MAX_LEADER, true);
        RiskCategory category = parsed(
                errors,
                "category",
                draft.category(),
                Labels::category,
                "风险类别须为 " + String.join("、", Labels.categoryLabels()) + " 之一 / one of the five categories");
        RiskLevel level = parsed(errors, "level", draft.level(), Labels::level, "风险等级须为 A、B 或 C / A, B or C");
        String leaderLevel = parsed(
                errors,
                "leaderLevel",
                draft.leaderLevel(),
                text -> Labels.LEADER_LEVELS.contains(text) ? Optional.of(text) : Optional.empty(),
                "责任领导层级须为 " + String.join("、", Labels.LEADER_LEVELS) + " 之一 / one of the leader levels");
        LocalDate holderSince = date(errors, "holderSince", draft.holderSince(), context.today());
        LocalDate checkedOn = date(errors, "lastSelfCheckOn", draft.lastSelfCheckOn(), context.today());
        List<String> keywords = keywords(errors, draft.keywords());
        if (!errors.violations.isEmpty()) {
            return new Checked(List.copyOf(errors.violations), null);
        }
        LocalDate lastCheck = checkedOn != null ? checkedOn : existing == null ? null : existing.lastSelfCheckOn();
        RiskPoint point = new RiskPoint(
                id == null ? "" : id,
                Objects.requireNonNull(unit),
                post,
                Objects.requireNonNull(description),
                Objects.requireNonNull(category),
                Objects.requireNonNull(level),
                Objects.requireNonNull(measures),
                Objects.requireNonNull(leaderLevel),
                Objects.requireNonNull(leader),
                holderSince,
                lastCheck,
                keywords,
                true);
        return new Checked(List.of(), point);
    }

    /** A self-check's day: stated, not in the future, not before the point's last one. */
    public static List<Violation> checkSelfCheck(@Nullable LocalDate on, RiskPoint point, LocalDate today) {
        if (on == null) {
            return List.of(new Violation("on", REQUIRED));
        }
        if (on.isAfter(today)) {
            return List.of(new Violation("on", "自查日期不能晚于今天 / the self-check cannot be in the future"));
        }
        if (point.lastSelfCheckOn() != null && on.isBefore(point.lastSelfCheckOn())) {
            return List.of(new Violation(
                    "on", "早于该风险点最近一次自查（" + point.lastSelfCheckOn() + "） / before the point's last self-check"));
        }
        if (!point.active()) {
            return List.of(new Violation("riskPointId", "该风险点已撤销 / the point has been retired"));
        }
        return List.of();
    }

    private static @Nullable String bounded(
            Errors errors, String field, @Nullable String value, int max, boolean required) {
        String text = blankToNull(value);
        if (text == null) {
            if (required) {
                errors.add(field, REQUIRED);
            }
            return null;
        }
        if (text.length() > max) {
            errors.add(field, "不能超过 " + max + " 字 / at most " + max + " characters");
        }
        return text;
    }

    private static <T> @Nullable T parsed(
            Errors errors, String field, @Nullable String value, Function<String, Optional<T>> parse, String message) {
        String text = blankToNull(value);
        if (text == null) {
            errors.add(field, REQUIRED);
            return null;
        }
        Optional<T> parsed = parse.apply(text);
        if (parsed.isEmpty()) {
            errors.add(field, message);
        }
        return parsed.orElse(null);
    }

    private static @Nullable LocalDate date(Errors errors, String field, @Nullable String value, LocalDate today) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.isAfter(today) || date.isBefore(EARLIEST)) {
                errors.add(field, "日期须在 1950-01-01 至今天之间 / between 1950-01-01 and today");
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(field, "日期格式为 yyyy-MM-dd，如 2024-03-01 / a date such as 2024-03-01");
            return null;
        }
    }

    private static List<String> keywords(Errors errors, @Nullable List<@Nullable String> stated) {
        Set<String> keywords = new LinkedHashSet<>();
        if (stated != null) {
            stated.stream()
                    .map(PointRules::blankToNull)
                    .filter(Objects::nonNull)
                    .forEach(keywords::add);
        }
        if (keywords.size() > MAX_KEYWORDS) {
            errors.add("keywords", "关键词不能超过 " + MAX_KEYWORDS + " 个 / at most " + MAX_KEYWORDS + " keywords");
        }
        if (keywords.stream().anyMatch(k -> k.length() > MAX_KEYWORD)) {
            errors.add(
                    "keywords",
                    "每个关键词不能超过 " + MAX_KEYWORD + " 字 / each keyword at most " + MAX_KEYWORD + " characters");
        }
        return List.copyOf(keywords);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static final class Errors {

        private final Function<String, String> field;
        private final List<Violation> violations = new ArrayList<>();

        Errors(Function<String, String> field) {
            this.field = field;
        }

        void add(String name, String message) {
            violations.add(new Violation(field.apply(name), message));
        }
    }
}
