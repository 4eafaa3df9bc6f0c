package org.qingfeng.intake.followup;

import java.util.List;
import org.qingfeng.support.web.FieldProblem;
import org.qingfeng.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No rectification has been reported about the item (yet), so there is nothing to confirm: a {@code
 * 409} problem.
 */
final class NotYetConfirmable extends ErrorResponseException {

    NotYetConfirmable() {
        super(HttpStatus.CONFLICT);
        ProblemDetail problem = getBody();
        problem.setTitle("暂不能确认 / Cannot confirm yet");
        problem.setDetail("该事项尚无整改结果，暂无整改情况可确认 / No rectification of this item has been reported yet,"
                + " so there is nothing to confirm");
        problem.setProperty(
                Problems.ERRORS,
                List.of(new FieldProblem(
                        "rectified", "单位报告整改或办结后才能确认 / only once a rectification is reported or the matter closed")));
    }
}
