package org.qingfeng.analysis.monthly.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class EwmaTests {

    /** History 2,3,2,3,2,3: mean 2.5, variance 0.3 below the mean, so σ² = 2.5; z after 9 = 4.45. */
    @Test
    void runsThroughTheHistoryAndFlagsAJump() {
        Ewma ewma = Ewma.of(List.of(2L, 3L, 2L, 3L, 2L, 3L), 9, 0.3, 3.0, 0.5);

        double z = 2.5;
        for (long x : List.of(2L, 3L, 2L, 3L, 2L, 3L, 9L)) {
            z = 0.3 * x + 0.7 * z;
        }
        assertThat(ewma.value()).isCloseTo(z, within(1e-12));
        assertThat(ewma.upperControlLimit()).isCloseTo(2.5 + 3 * Math.sqrt(2.5) * Math.sqrt(0.3 / 1.7), within(1e-12));
        assertThat(ewma.outOfControl()).isTrue();
    }

    @Test
    void staysInControlForAnOrdinaryMonth() {
        assertThat(Ewma.of(List.of(2L, 3L, 2L, 3L, 2L, 3L), 3, 0.3, 3.0, 0.5).outOfControl())
                .isFalse();
    }
}
