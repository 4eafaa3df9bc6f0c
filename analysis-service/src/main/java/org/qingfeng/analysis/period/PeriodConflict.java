package org.qingfeng.analysis.period;

import java.util.List;
import org.qingfeng.support.web.FieldProblem;
import org.qingfeng.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The period is not in a state that allows the command: a {@code 409} problem naming {@code period}. */
final class PeriodConflict extends ErrorResponseException {

    private PeriodConflict(String title, String detail) {
        super(HttpStatus.CONFLICT, titled(title, detail), null);
    }

    static PeriodConflict alreadyClosed() {
        return new PeriodConflict(
                "该期已关账 / Period already closed",
                "该期已关账，如需更正请先重新打开 / The period is already closed; reopen it to correct it");
    }

    static PeriodConflict notClosed() {
        return new PeriodConflict("该期未关账 / Period not closed", "只有已关账的期间才能重新打开 / Only a closed period can be reopened");
    }

    static PeriodConflict notEnded() {
        return new PeriodConflict(
                "该期尚未结束 / Period not over",
                "期间尚未结束，不能关账 / The month or quarter has not ended yet and cannot be closed");
    }

    static PeriodConflict busy() {
        return new PeriodConflict(
                "该期正在被他人关账或重新打开 / Period being changed",
                "该期刚被他人修改，请刷新后重试 / Someone else changed the period just now; reload and try again");
    }

    private static ProblemDetail titled(String title, String detail) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, detail, List.of(new FieldProblem("period", detail)));
        problem.setTitle(title);
        return problem;
    }
}
