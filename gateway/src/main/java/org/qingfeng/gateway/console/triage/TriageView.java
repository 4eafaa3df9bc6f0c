package org.qingfeng.gateway.console.triage;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.qingfeng.gateway.console.NodeNames;
import org.qingfeng.gateway.console.Reading;

/** The board as the page shows it: the read (for its state), the counts and the rows. */
record TriageView(Reading<Board> reading, List<TriageRow> rows, long excluded) {

    TriageView {
        rows = List.copyOf(rows);
    }

    static TriageView of(Reading<Board> reading, NodeNames names, ZoneId zone) {
        Board board = reading.shown() ? reading.body() : null;
        if (board == null) {
            return new TriageView(reading, List.of(), 0);
        }
        List<Board.Entry> items = board.items();
        return new TriageView(
                reading,
                IntStream.range(0, items.size())
                        .mapToObj(row -> TriageRow.from(row, items.get(row), names, zone))
                        .toList(),
                board.excluded() == null ? 0 : board.excluded());
    }

    /** Public for the template: a count of the board, zero when it was not read. */
    public long count(String name) {
        Board board = reading.body();
        return board == null ? 0 : board.count(name);
    }
}
