package org.qingfeng.disposal.cases.rules;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.analysis.RiskLevel;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.disposal.WarningColour;

/**
 * Chooses the rung a case opens on, and says why. Points for the severity, the risk level of the
 * unit or post, recurrence (a recurring finding, or an earlier case of the unit within the window)
 * and history (an earlier case of the unit that escalated or was referred) add up to a four-colour
 * colour, capped; the case opens on the mildest rung of its ladder with at least that colour. A
 * case that opens above the first rung skips the rungs below, and the reason names them.
 */
public final class FirstColourPolicy {

    private final FirstColourSettings settings;

    public FirstColourPolicy(FirstColourSettings settings) {
        this.settings = settings;
    }

    public String version() {
        return settings.version();
    }

    /**
     * @param severity null for an immediate item not graded yet
     * @param recurringFinding the finding is of kind RECURRING
     * @param priorCases the unit's earlier cases
     */
    public record Circumstances(
            @Nullable Severity severity,
            @Nullable RiskLevel riskLevel,
            boolean recurringFinding,
            List<PriorCase> priorCases) {

        public Circumstances {
            priorCases = List.copyOf(priorCases);
        }
    }

    /** An earlier case of the same unit: when it opened, and whether it ever climbed or was referred. */
    public record PriorCase(Instant openedAt, boolean escalated) {}

    /** @param severity the severity the case opens with (the configured one for an ungraded item) */
    public record Placement(int rung, Severity severity, String reason, String policyVersion) {}

    public Placement place(Ladder ladder, Circumstances circumstances, Instant now) {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        Severity severity = circumstances.severity();
        if (severity == null) {
            severity = settings.immediateSeverity();
            zh.add("立即报送事项尚未定级，按" + zh(severity) + "处理"
                    + plus(settings.severityPoints().get(severity)));
            en.add("immediate item not graded yet, treated as " + en(severity)
                    + plusEn(settings.severityPoints().get(severity)));
        } else {
            zh.add(zh(severity) + "问题" + plus(settings.severityPoints().get(severity)));
            en.add(en(severity) + plusEn(settings.severityPoints().get(severity)));
        }
        int points = settings.severityPoints().get(severity);
        RiskLevel risk = circumstances.riskLevel();
        if (risk != null) {
            int riskPoints = settings.riskPoints().get(risk);
            points += riskPoints;
            zh.add("风险等级" + risk + plus(riskPoints));
            en.add("risk level " + risk + plusEn(riskPoints));
        }
        Instant windowStart = ZonedDateTime.ofInstant(now, Deadlines.ZONE)
                .minus(settings.recurrenceWindow())
                .toInstant();
        boolean recentCase = circumstances.priorCases().stream()
                .anyMatch(prior -> !prior.openedAt().isBefore(windowStart));
        if (circumstances.recurringFinding() || recentCase) {
            points += settings.recurrencePoints();
            zh.add((circumstances.recurringFinding() ? "反复性问题" : "近" + months() + "个月内已有处置案件")
                    + plus(settings.recurrencePoints()));
            en.add((circumstances.recurringFinding() ? "recurring" : "a case within " + months() + " months")
                    + plusEn(settings.recurrencePoints()));
        }
        if (circumstances.priorCases().stream().anyMatch(PriorCase::escalated)) {
            points += settings.historyPoints();
            zh.add("曾有升级或移送的案件" + plus(settings.historyPoints()));
            en.add("an earlier case escalated or was referred" + plusEn(settings.historyPoints()));
        }
        WarningColour[] colours = WarningColour.values();
        int capped = Math.min(
                Math.min(points, colours.length - 1), settings.highestFirst().ordinal());
        int rung = ladder.rungFor(colours[capped]);
        String zhReason = String.join("；", zh) + "。" + placed(ladder, rung, true)
                + (points > capped ? "（首次定级最高为" + ladder.rung(rung).name() + "）" : "");
        String enReason = String.join("; ", en) + ". " + placed(ladder, rung, false)
                + (points > capped
                        ? " (the first rung is at most " + ladder.rung(rung).english() + ")"
                        : "");
        return new Placement(
                rung,
                severity,
                settings.version() + "：" + zhReason + " / " + settings.version() + ": " + enReason,
                settings.version());
    }

    private static String placed(Ladder ladder, int rung, boolean chinese) {
        Rung on = ladder.rung(rung);
        if (rung == 0) {
            return chinese ? "定为" + on.name() : "placed on " + on.english();
        }
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < rung; i++) {
            skipped.add(chinese ? ladder.rung(i).name() : ladder.rung(i).english());
        }
        return chinese
                ? "越过" + String.join("、", skipped) + "直接" + on.name()
                : "skips " + String.join(" and ", skipped) + ", straight to " + on.english();
    }

    private long months() {
        return settings.recurrenceWindow().toTotalMonths();
    }

    private static String plus(int points) {
        return points > 0 ? "（+" + points + "）" : "";
    }

    private static String plusEn(int points) {
        return points > 0 ? " (+" + points + ")" : "";
    }

    private static String zh(Severity severity) {
        return switch (severity) {
            case MINOR -> "一般";
            case MODERATE -> "较重";
            case SERIOUS -> "严重";
            case GRAVE -> "特别严重";
        };
    }

    private static String en(Severity severity) {
        return severity.name().toLowerCase(Locale.ROOT);
    }
}
