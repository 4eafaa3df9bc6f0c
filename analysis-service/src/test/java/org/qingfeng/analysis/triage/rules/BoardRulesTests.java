package org.qingfeng.analysis.triage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class BoardRulesTests {

    private static final Instant EARLY = Instant.parse("2026-11-02T01:00:00Z");
    private static final Instant LATE = Instant.parse("2026-11-09T01:00:00Z");

    @Test
    void reckonsTheMonthInTheZone() {
        ZoneId beijing = ZoneId.of("Asia/Shanghai");

        assertThat(BoardMonth.of(Instant.parse("2026-10-31T16:30:00Z"), beijing))
                .isEqualTo("2026-11");
        assertThat(BoardMonth.of(Instant.parse("2026-10-31T15:59:59Z"), beijing))
                .isEqualTo("2026-10");
        assertThat(BoardMonth.parse("2026-11")).contains("2026-11");
        assertThat(BoardMonth.parse("2026-13")).isEmpty();
        assertThat(BoardMonth.parse("2026-1")).isEmpty();
        assertThat(BoardMonth.parse(null)).isEmpty();
    }

    @Test
    void listsImmediateItemsFirstThenTheLongestWaiting() {
        BoardItem routineEarly = item("ROUTINE", EARLY, null);
        BoardItem routineLate = item("ROUTINE", LATE, null);
        BoardItem immediateLate = item("IMMEDIATE", LATE, null);

        Board board = BoardRules.board("2026-11", List.of(routineLate, immediateLate, routineEarly), BoardState.ALL, 2);

        assertThat(board.items()).containsExactly(immediateLate, routineEarly, routineLate);
        assertThat(board.excluded()).isEqualTo(2);
    }

    @Test
    void countsTheWholeMonthWhateverTheStateLists() {
        List<BoardItem> visible = List.of(
                item("ROUTINE", EARLY, null),
                item("ROUTINE", EARLY, "ACCEPTED"),
                item("ROUTINE", LATE, "ACCEPTED"),
                item("ROUTINE", LATE, "MALICIOUS"));

        Board open = BoardRules.board("2026-11", visible, BoardState.OPEN, 0);
        Board decided = BoardRules.board("2026-11", visible, BoardState.DECIDED, 0);

        assertThat(open.items()).hasSize(1).allSatisfy(i -> assertThat(i.decision())
                .isNull());
        assertThat(decided.items()).hasSize(3);
        assertThat(open.counts())
                .isEqualTo(Map.of(
                        "total",
                        4,
                        "open",
                        1,
                        "ACCEPTED",
                        2,
                        "DUPLICATE",
                        0,
                        "LINKED",
                        0,
                        "UNFOUNDED",
                        0,
                        "MALICIOUS",
                        1));
        assertThat(BoardState.parse("SOME")).isEmpty();
        assertThat(BoardState.parse(null)).contains(BoardState.ALL);
    }

    @Test
    void showsAMatchOnBothItemsOfTheBoard() {
        BoardItem original = item("ROUTINE", EARLY, null);
        BoardItem repeat = item("ROUTINE", LATE, null);

        List<BoardItem> matched = BoardRules.withMatches(
                List.of(original, repeat),
                Map.of(repeat.itemId(), new BoardMatch(original.itemId(), "SAME_INCIDENT", 0.82)));

        assertThat(matched.get(0).matches()).containsExactly(new BoardMatch(repeat.itemId(), "SAME_INCIDENT", 0.82));
        assertThat(matched.get(1).matches()).containsExactly(new BoardMatch(original.itemId(), "SAME_INCIDENT", 0.82));
    }

    private static BoardItem item(String urgency, Instant submittedAt, @Nullable String decision) {
        return new BoardItem(
                UUID.randomUUID(),
                submittedAt,
                "330281-101-001",
                "330281-101",
                "330281-D03",
                "work-style",
                "WEB_FORM",
                urgency,
                "ANONYMOUS",
                decision,
                decision == null ? 0 : 1,
                null,
                null,
                null,
                null,
                null,
                List.of());
    }
}
