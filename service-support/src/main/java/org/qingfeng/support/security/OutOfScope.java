package org.qingfeng.support.security;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A record outside the caller's part of the network: answered {@code 404} exactly as a record that
 * does not exist, so that a township cannot learn what another township holds by probing ids.
 */
public class OutOfScope extends ErrorResponseException {

    public OutOfScope() {
        super(HttpStatus.NOT_FOUND, problem(), null);
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "未找到 / Not found");
        problem.setTitle("未找到 / Not found");
        problem.setProperty("errors", java.util.List.of());
        return problem;
    }
}
