package org.qingfeng.support.audit;

import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The audit record could not be made durable: the act is refused with a {@code 503}, never done unrecorded. */
public class AuditUnavailable extends ErrorResponseException {

    public AuditUnavailable(Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, problem(), cause);
        getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE,
                "审计记录暂时无法保存，请稍后重试 / The audit trail cannot record this right now, please retry later");
        problem.setTitle("服务暂不可用 / Service unavailable");
        problem.setProperty("errors", List.of());
        return problem;
    }
}
