package org.qingfeng.disposal.warning;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Answered as a {@code 404} problem. */
class WarningNotFoundException extends ErrorResponseException {

    WarningNotFoundException(UUID warningId) {
        super(HttpStatus.NOT_FOUND, problem(warningId), null);
    }

    private static ProblemDetail problem(UUID warningId) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, "没有编号为 " + warningId + " 的预警 / No warning has the id " + warningId);
        problem.setTitle("未找到预警 / Warning not found");
        return problem;
    }
}
