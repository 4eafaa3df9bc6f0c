package org.qingfeng.analysis.monthly.rules;

/**
 * The Poisson upper tail {@code P(X ≥ x | λ)}, summed term by term from {@code x} upward in log
 * space: {@code 1 − CDF} would lose every digit exactly where a flag is decided (tails of 10⁻³ and
 * below), and {@code λ^k / k!} overflows a double long before the counts a province can reach.
 */
public final class Poisson {

    private static final double NEGLIGIBLE = 1e-17;

    private Poisson() {}

    public static double upperTail(long x, double lambda) {
        if (x <= 0) {
            return 1.0;
        }
        if (lambda <= 0) {
            return 0.0;
        }
        double logLambda = Math.log(lambda);
        double logTerm = x * logLambda - lambda - logFactorial(x);
        double logSum = logTerm;
        for (long k = x + 1; ; k++) {
            logTerm += logLambda - Math.log(k);
            logSum = logAdd(logSum, logTerm);
            if (k > lambda && logTerm - logSum < Math.log(NEGLIGIBLE)) {
                break;
            }
        }
        return Math.min(1.0, Math.exp(logSum));
    }

    static double logFactorial(long n) {
        double sum = 0;
        for (long i = 2; i <= n; i++) {
            sum += Math.log(i);
        }
        return sum;
    }

    private static double logAdd(double a, double b) {
        double max = Math.max(a, b);
        return max + Math.log(Math.exp(a - max) + Math.exp(b - max));
    }
}
