package org.qingfeng.analysis.monthly;

import org.qingfeng.analysis.monthly.rules.Thresholds;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code analysis.monthly.*}: the thresholds of method {@code monthly-1} (see
 * {@link Thresholds}) and the longest trend {@code GET /api/analysis/trend} answers.
 */
@ConfigurationProperties("analysis.monthly")
record MonthlyProperties(
        @DefaultValue("12") int emergingLookback,
        @DefaultValue("2") int emergingMin,
        @DefaultValue("6") int historyMonths,
        @DefaultValue("0.5") double lambdaFloor,
        @DefaultValue("0.01") double alpha,
        @DefaultValue("3") int trendingMin,
        @DefaultValue("0.3") double ewmaLambda,
        @DefaultValue("3") double ewmaL,
        @DefaultValue("3") int widespreadMinUnits,
        @DefaultValue("3") int widespreadMinTownships,
        @DefaultValue("0.05") double widespreadAlpha,
        @DefaultValue("2") int widespreadUnitMin,
        @DefaultValue("3") int recurrenceN,
        @DefaultValue("6") int recurrenceM,
        @DefaultValue("3") int recurrenceMinItems,
        @DefaultValue("36") int trendMaxMonths) {

    Thresholds thresholds() {
        return new Thresholds(
                emergingLookback,
                emergingMin,
                historyMonths,
                lambdaFloor,
                alpha,
                trendingMin,
                ewmaLambda,
                ewmaL,
                widespreadMinUnits,
                widespreadMinTownships,
                widespreadAlpha,
                widespreadUnitMin,
                recurrenceN,
                recurrenceM,
                recurrenceMinItems);
    }
}
