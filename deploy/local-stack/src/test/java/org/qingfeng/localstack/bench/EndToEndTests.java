package org.qingfeng.localstack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EndToEndTests {

    private static final long MS = 1_000_000;

    @Test
    void measuresEachWarningFromItsItemsIntendedStart() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        Map<UUID, Long> intended = Map.of(first, 0L, second, 10 * MS);
        Map<UUID, Long> seen = Map.of(first, 40 * MS, second, 90 * MS);

        LoadResult result = EndToEnd.of(intended, seen::get);

        assertThat(result.succeeded()).isEqualTo(2);
        assertThat(result.failed()).isZero();
        assertThat(result.maxMillis()).isBetween(79.9, 80.1);
        assertThat(result.elapsed()).isEqualTo(Duration.ofMillis(90));
    }

    @Test
    void countsAnItemWithoutWarningAsFailed() {
        UUID lost = UUID.randomUUID();

        LoadResult result = EndToEnd.of(Map.of(lost, 0L), id -> null);

        assertThat(result.failed()).isEqualTo(1);
        assertThat(result.succeeded()).isZero();
        assertThat(result.percentileMillis(50)).isNaN();
    }
}
