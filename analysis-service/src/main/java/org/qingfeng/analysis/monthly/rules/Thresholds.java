package org.qingfeng.analysis.monthly.rules;

/**
 * The thresholds of method {@code monthly-1}, as configured under {@code analysis.monthly.*}.
 *
 * @param emergingLookback months before this one in which the subject must not have appeared
 * @param emergingMin items this month for a subject to count as emerging
 * @param historyMonths months of the unit's own history a rise is tested against
 * @param lambdaFloor the least expected count: a unit with no history is not "infinitely" surprised
 * @param alpha the Poisson tail below which a rise is significant
 * @param trendingMin items this month for a rise to be flagged at all
 * @param ewmaWeight the EWMA's λ
 * @param ewmaWidth the EWMA's L (control limit width in σ)
 * @param widespreadMinUnits distinct units with an elevated count for a widespread problem
 * @param widespreadMinTownships distinct townships with an elevated count for a widespread problem
 * @param widespreadAlpha the Poisson tail below which one unit's (township's) count counts as elevated
 * @param widespreadUnitMin items this month for one unit (township) to count as elevated
 * @param recurrenceN months with the problem among the last {@code recurrenceM}
 * @param recurrenceM the window, this month included
 * @param recurrenceMinItems items in a month for it to count as a month with the problem
 */
public record Thresholds(
        int emergingLookback,
        int emergingMin,
        int historyMonths,
        double lambdaFloor,
        double alpha,
        int trendingMin,
        double ewmaWeight,
        double ewmaWidth,
        int widespreadMinUnits,
        int widespreadMinTownships,
        double widespreadAlpha,
        int widespreadUnitMin,
        int recurrenceN,
        int recurrenceM,
        int recurrenceMinItems) {

    /** The defaults of {@code monthly-1}. */
    public static Thresholds defaults() {
        return new Thresholds(12, 2, 6, 0.5, 0.01, 3, 0.3, 3.0, 3, 3, 0.05, 2, 3, 6, 3);
    }

    /** How many months before the analysed one the detectors read. */
    public int monthsBack() {
        return Math.max(emergingLookback, Math.max(historyMonths, recurrenceM - 1));
    }
}
