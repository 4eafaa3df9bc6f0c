package org.qingfeng.localstack.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BenchSettingsTests {

    @Test
    void keepsTheWholeBenchShortByDefault() {
        BenchSettings d = BenchSettings.parse();

        long perFigure = d.warmup().plus(d.duration()).toSeconds();
        assertThat(3 * perFigure + d.drain().toSeconds()).isLessThanOrEqualTo(120);
    }

    @Test
    void readsRateAndDurationsFromArguments() {
        BenchSettings s = BenchSettings.parse("--rate=250", "--warmup=3", "--duration=30s", "--e2e-drain=10");

        assertThat(s)
                .isEqualTo(
                        new BenchSettings(250, Duration.ofSeconds(3), Duration.ofSeconds(30), Duration.ofSeconds(10)));
    }

    @Test
    void refusesAnUnknownOption() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BenchSettings.parse("--threads=4"))
                .withMessageContaining("--threads");
    }
}
