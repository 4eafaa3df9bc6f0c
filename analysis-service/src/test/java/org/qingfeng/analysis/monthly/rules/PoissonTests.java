package org.qingfeng.analysis.monthly.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tail against values from scipy.stats.poisson.sf(x − 1, λ), to nine significant digits. */
class PoissonTests {

    @ParameterizedTest
    @CsvSource({
        "9, 2.8, 0.002432784850800741",
        "3, 0.5, 0.014387677966970684",
        "4, 0.5, 0.001751622556290824",
        "1, 1.0, 0.6321205588285577",
        "10, 0.8, 1.4331001899216627e-08",
        "30, 10.0, 2.509951201527959e-07",
        "200, 100.0, 9.343150072988544e-19"
    })
    void matchesKnownTails(long x, double lambda, double expected) {
        assertThat(Poisson.upperTail(x, lambda)).isCloseTo(expected, Percentage.withPercentage(1e-7));
    }

    @Test
    void isCertainForNothingAndImpossibleWithoutARate() {
        assertThat(Poisson.upperTail(0, 3.0)).isEqualTo(1.0);
        assertThat(Poisson.upperTail(1, 0.0)).isZero();
    }

    @Test
    void fallsAsTheCountRises() {
        assertThat(Poisson.upperTail(5, 2.0)).isGreaterThan(Poisson.upperTail(6, 2.0));
        assertThat(Poisson.upperTail(2, 2.0)).isCloseTo(1 - Math.exp(-2) * 3, within(1e-12));
    }
}
