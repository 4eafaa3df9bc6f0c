package org.qingfeng.intake.followup;

import java.util.List;
import org.qingfeng.support.web.FieldProblem;
import org.qingfeng.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Nothing has been done about the item yet, so there is no rectification to confirm: a {@code 409} problem. */
final class NotYetConfirmable extends ErrorResponseException {

    NotYetConfirmable() {
        super(HttpStatus.CONFLICT);
        ProblemDetail problem = getBody();
        problem.setTitle("暂不能确认 / Cannot confirm yet");
        problem.setDetail("该事项尚未处置，暂无整改情况可确认 / Nothing has been done about this item yet, so there is"
                + " no rectification to confirm");
        problem.setProperty(
                Problems.ERRORS,
                List.of(new FieldProblem("rectified", "事项处置后才能确认 / only once the item has been handled")));
    }
}
