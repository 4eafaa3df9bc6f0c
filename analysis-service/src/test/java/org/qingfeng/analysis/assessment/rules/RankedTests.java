package org.qingfeng.analysis.assessment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.intake.InformantStatus;

class RankedTests {

    @Test
    void ranksByScoreWithEqualScoresSharingARankAndMoreItemsListedFirst() {
        List<Ranked> ranked = Ranked.of(List.of(
                assessed("inf-A", 17, 5),
                assessed("inf-B", 18, 3),
                assessed("inf-C", 18, 4),
                assessed("inf-D", -8, 1)));

        assertThat(ranked)
                .extracting(r -> r.assessment().informantToken())
                .containsExactly("inf-C", "inf-B", "inf-A", "inf-D");
        assertThat(ranked).extracting(Ranked::rank).containsExactly(1, 1, 3, 4);
    }

    @Test
    void ordersEqualScoresAndItemsByTokenSoEveryReadAgrees() {
        List<Ranked> ranked = Ranked.of(List.of(assessed("inf-Z", 0, 0), assessed("inf-A", 0, 0)));

        assertThat(ranked).extracting(r -> r.assessment().informantToken()).containsExactly("inf-A", "inf-Z");
        assertThat(ranked).extracting(Ranked::rank).containsExactly(1, 1);
    }

    private static Assessment assessed(String token, int score, int items) {
        return new Assessment(
                token,
                "330281-101",
                InformantStatus.ACTIVE,
                items,
                0,
                0,
                0,
                0,
                0,
                0,
                0,
                score,
                Recommendation.NONE,
                List.of());
    }
}
