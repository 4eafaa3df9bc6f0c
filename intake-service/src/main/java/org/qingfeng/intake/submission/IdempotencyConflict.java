package org.qingfeng.intake.submission;

import java.util.List;
import org.qingfeng.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The same idempotency key came with a different submission: {@code 422}, nothing written. */
public final class IdempotencyConflict extends ErrorResponseException {

    IdempotencyConflict() {
        super(HttpStatus.UNPROCESSABLE_CONTENT, problem(), null);
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = Problems.of(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "此幂等键已用于另一份内容不同的报送 / This Idempotency-Key was already used for a different submission",
                List.of());
        problem.setTitle("幂等键冲突 / Idempotency-Key reused");
        return problem;
    }
}
