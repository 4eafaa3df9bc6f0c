package org.qingfeng.disposal.cases;

import java.time.Duration;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The broker did not acknowledge a step in time: nothing was done, try again ({@code 503}, {@code Retry-After}). */
public class CasesUnavailable extends ErrorResponseException {

    public CasesUnavailable(Duration retryAfter, Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, problem(), cause);
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE, "暂时无法保存，请稍后重试 / Cannot be stored right now, please retry later");
        problem.setTitle("服务暂不可用 / Service unavailable");
        problem.setProperty("errors", List.of());
        return problem;
    }
}
