package org.qingfeng.disposal.cases;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A case that does not exist, or that the caller may not see: the same {@code 404} either way. */
public class CaseNotFound extends ErrorResponseException {

    public CaseNotFound(UUID caseId) {
        super(HttpStatus.NOT_FOUND, problem(caseId), null);
    }

    private static ProblemDetail problem(UUID caseId) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "没有这件处置案件 / No such case: " + caseId);
        problem.setTitle("未找到 / Not found");
        return problem;
    }
}
