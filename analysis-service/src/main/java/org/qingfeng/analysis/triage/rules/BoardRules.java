package org.qingfeng.analysis.triage.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.qingfeng.contracts.analysis.TriageDecision;
import org.qingfeng.contracts.intake.Urgency;

/**
 * How the board is laid out: counts over everything the reviewer may see this month, the rows the
 * state asks for, immediate items first and then the oldest first (the longest waiting), ties by id.
 */
public final class BoardRules {

    private static final Comparator<BoardItem> ORDER = Comparator.comparing(BoardRules::routine)
            .thenComparing(BoardItem::submittedAt)
            .thenComparing(BoardItem::itemId);

    private BoardRules() {}

    /** The board over the {@code visible} items (exclusions already taken out). */
    public static Board board(String month, List<BoardItem> visible, BoardState state, int excluded) {
        List<BoardItem> rows =
                visible.stream().filter(state::admits).sorted(ORDER).toList();
        return new Board(month, counts(visible), excluded, rows);
    }

    public static Map<String, Integer> counts(List<BoardItem> visible) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("total", visible.size());
        counts.put(
                "open", (int) visible.stream().filter(i -> i.decision() == null).count());
        for (TriageDecision decision : TriageDecision.values()) {
            counts.put(decision.name(), (int) visible.stream()
                    .filter(i -> decision.name().equals(i.decision()))
                    .count());
        }
        return counts;
    }

    /**
     * Each item with what it was found to repeat ({@code found}: the item's own match, keyed by the
     * item), and the items of the same board found to repeat it: a match is one record on the later
     * item, and the earlier item's reviewer needs to see it too.
     */
    public static List<BoardItem> withMatches(List<BoardItem> items, Map<UUID, BoardMatch> found) {
        Map<UUID, List<BoardMatch>> matches = new HashMap<>();
        found.forEach((itemId, match) -> {
            matches.computeIfAbsent(itemId, id -> new ArrayList<>()).add(match);
            matches.computeIfAbsent(match.itemId(), id -> new ArrayList<>())
                    .add(new BoardMatch(itemId, match.relation(), match.similarity()));
        });
        return items.stream()
                .map(item -> item.withMatches(matches.getOrDefault(item.itemId(), List.of())))
                .toList();
    }

    private static boolean routine(BoardItem item) {
        return !Urgency.IMMEDIATE.name().equals(item.urgency());
    }
}
