package org.qingfeng.disposal.cases.rules;

import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import org.qingfeng.contracts.analysis.RiskLevel;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.disposal.WarningColour;

/**
 * The first-colour policy's figures: points add up to a colour (0 blue, 1 yellow, 2 orange, 3 red),
 * capped at {@code highestFirst}. Change a figure, change the {@code version}: every case records
 * the version that placed it.
 *
 * @param immediateSeverity the severity an immediate item, not graded yet, is treated as
 * @param recurrenceWindow how far back an earlier case of the unit makes this one a recurrence
 */
public record FirstColourSettings(
        String version,
        Map<Severity, Integer> severityPoints,
        Map<RiskLevel, Integer> riskPoints,
        int recurrencePoints,
        int historyPoints,
        WarningColour highestFirst,
        Severity immediateSeverity,
        Period recurrenceWindow) {

    public FirstColourSettings {
        severityPoints = full(severityPoints, Severity.class);
        riskPoints = full(riskPoints, RiskLevel.class);
    }

    /** {@code first-colour-1}: serious +1, grave +2, risk level A +1, recurrence +1, history +1, at most orange. */
    public static FirstColourSettings defaults() {
        return new FirstColourSettings(
                "first-colour-1",
                Map.of(Severity.MINOR, 0, Severity.MODERATE, 0, Severity.SERIOUS, 1, Severity.GRAVE, 2),
                Map.of(RiskLevel.A, 1, RiskLevel.B, 0, RiskLevel.C, 0),
                1,
                1,
                WarningColour.ORANGE,
                Severity.SERIOUS,
                Period.ofMonths(12));
    }

    private static <E extends Enum<E>> Map<E, Integer> full(Map<E, Integer> given, Class<E> type) {
        Map<E, Integer> all = new EnumMap<>(type);
        for (E key : type.getEnumConstants()) {
            all.put(key, given.getOrDefault(key, 0));
        }
        return Map.copyOf(all);
    }
}
