package org.qingfeng.intake.informant;

import java.util.List;
import org.qingfeng.support.web.FieldProblem;
import org.qingfeng.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An appointment under a number the roster already holds: {@code 409}, without echoing the number. */
final class InformantNumberTaken extends ErrorResponseException {

    InformantNumberTaken() {
        super(
                HttpStatus.CONFLICT,
                titled(Problems.of(
                        HttpStatus.CONFLICT,
                        "该编号的信息员已聘任，请改用变更接口 / An informant with this number is already appointed;"
                                + " change them instead",
                        List.of(new FieldProblem("number", "编号已存在 / number already appointed")))),
                null);
    }

    private static ProblemDetail titled(ProblemDetail problem) {
        problem.setTitle("信息员编号已存在 / Informant number already exists");
        return problem;
    }
}
