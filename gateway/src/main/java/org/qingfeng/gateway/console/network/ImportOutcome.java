package org.qingfeng.gateway.console.network;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.console.Answer;
import org.qingfeng.gateway.console.Notice;
import org.qingfeng.gateway.console.Problem;

/**
 * What the import box shows after an upload: the counts intake loaded, or every row it refused
 * (the import is all or nothing, so one bad row loads none), or why nothing was sent.
 *
 * @param rows intake's errors, each naming its sheet, row and column ({@code 网络节点 第5行 上级代码})
 */
record ImportOutcome(Notice notice, @Nullable Imported imported, List<Problem.FieldError> rows) {

    ImportOutcome {
        rows = List.copyOf(rows);
    }

    static ImportOutcome of(Answer<Imported> answer) {
        Problem problem = answer.problem();
        if (problem == null) {
            Imported counts = answer.body() == null ? new Imported(0, 0) : answer.body();
            return new ImportOutcome(Notice.success("network.import.done", null), counts, List.of());
        }
        if (answer.isInvalid()) {
            return new ImportOutcome(Notice.error("network.import.rejected", List.of()), null, problem.errors());
        }
        return new ImportOutcome(Notice.refused(problem), null, List.of());
    }

    /** Nothing was sent: {@code key} says why (no file, not a workbook, too large, intake unavailable). */
    static ImportOutcome notSent(Notice notice) {
        return new ImportOutcome(notice, null, List.of());
    }
}
