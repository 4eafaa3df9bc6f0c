package org.qingfeng.localstack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class ResultTableTests {

    @Test
    void printsTheRatioOfAFigureToItsBaseline() {
        assertThat(ResultTable.ratio(12.0, 4.0)).isEqualTo("3.0x");
    }

    @Test
    void printsNoRatioWithoutABaseline() {
        assertThat(ResultTable.ratio(12.0, 0)).isEqualTo("-");
        assertThat(ResultTable.ratio(Double.NaN, 4.0)).isEqualTo("-");
    }

    @Test
    void putsEachPercentileOfSubmitBesideThePingAndTheRatio() {
        LoadResult submit = resultOf(8_000);
        LoadResult ping = resultOf(2_000);

        String table = ResultTable.render(submit, ping, ping, submit);

        assertThat(table.lines().filter(l -> l.startsWith("p50 ")).findFirst())
                .hasValueSatisfying(row -> assertThat(row.trim().split("\\s+"))
                        .containsExactly("p50", "ms", "8.00", "2.00", "4.0x", "2.00", "4.0x", "8.00", "1.0x"));
        assertThat(table).contains("p99.9 ms", "max ms", "done/s", "failed");
    }

    private static LoadResult resultOf(long micros) {
        Histogram latencies = new Histogram(60_000_000, 3);
        latencies.recordValue(micros);
        return new LoadResult(latencies, 1, 0, Duration.ofSeconds(1));
    }
}
