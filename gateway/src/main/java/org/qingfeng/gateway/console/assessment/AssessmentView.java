package org.qingfeng.gateway.console.assessment;

import java.util.List;
import java.util.stream.IntStream;
import org.qingfeng.gateway.console.NodeNames;

/** The ranking panel: analysis unavailable, or the year's rows under its assessment method. */
record AssessmentView(boolean available, String method, List<AssessmentLine> lines) {

    AssessmentView {
        lines = List.copyOf(lines);
    }

    static AssessmentView unavailable() {
        return new AssessmentView(false, "", List.of());
    }

    static AssessmentView of(Ranking ranking, NodeNames names) {
        List<Ranking.Ranked> rows = ranking.informants();
        return new AssessmentView(
                true,
                ranking.method() == null ? "" : ranking.method(),
                IntStream.range(0, rows.size())
                        .mapToObj(row -> AssessmentLine.from(row, rows.get(row), names))
                        .toList());
    }
}
