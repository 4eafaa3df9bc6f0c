package org.qingfeng.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WarningTallyTests {

    @Test
    void listsTheLadderMildestFirstWithZeroForAColourNotSent() {
        assertThat(WarningTally.of(Map.of("RED", 2L, "BLUE", 5L)))
                .containsExactly(
                        new ColourCount("BLUE", 5),
                        new ColourCount("YELLOW", 0),
                        new ColourCount("ORANGE", 0),
                        new ColourCount("RED", 2));
    }

    @Test
    void leavesOutAColourThatIsNotOnTheLadder() {
        assertThat(WarningTally.of(Map.of("GREEN", 9L)))
                .extracting(ColourCount::colour)
                .containsExactly("BLUE", "YELLOW", "ORANGE", "RED");
    }

    @Test
    void givesAnUnknownColourANeutralBadge() {
        assertThat(WarningTally.badgeOf("ORANGE")).isEqualTo("badge-orange");
        assertThat(WarningTally.badgeOf("\" onclick=\"x")).isEqualTo("badge-unknown");
    }
}
