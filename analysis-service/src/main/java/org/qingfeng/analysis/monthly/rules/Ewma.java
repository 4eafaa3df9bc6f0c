package org.qingfeng.analysis.monthly.rules;

import java.util.List;

/**
 * An EWMA control chart over a unit's monthly counts: {@code z = λ·x + (1 − λ)·z₋₁}, started at the
 * history's mean and run through the history and then this month; the upper control limit is
 * {@code μ + L·σ·√(λ / (2 − λ))} (the asymptotic limit). σ² is the history's sample variance, but
 * never below its mean floored at {@code varianceFloor}: counts are at least as variable as a
 * Poisson count, and six quiet months must not make one item look out of control.
 */
public record Ewma(double value, double upperControlLimit) {

    public static Ewma of(List<Long> history, long current, double weight, double width, double varianceFloor) {
        double mean = history.stream().mapToLong(Long::longValue).average().orElse(0);
        double variance = history.size() < 2
                ? 0
                : history.stream()
                                .mapToDouble(count -> (count - mean) * (count - mean))
                                .sum()
                        / (history.size() - 1);
        double sigma = Math.sqrt(Math.max(variance, Math.max(mean, varianceFloor)));
        double z = mean;
        for (long count : history) {
            z = weight * count + (1 - weight) * z;
        }
        z = weight * current + (1 - weight) * z;
        return new Ewma(z, mean + width * sigma * Math.sqrt(weight / (2 - weight)));
    }

    public boolean outOfControl() {
        return value > upperControlLimit;
    }
}
