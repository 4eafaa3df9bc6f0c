package org.qingfeng.disposal.cases;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A step that does not fit the case as it stands now: {@code 409}, with the reason Chinese first. */
public class CaseConflict extends ErrorResponseException {

    public CaseConflict(String reason) {
        super(HttpStatus.CONFLICT, problem(reason), null);
    }

    private static ProblemDetail problem(String reason) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, reason);
        problem.setTitle("案件状态已变化 / The case has moved on");
        return problem;
    }
}
