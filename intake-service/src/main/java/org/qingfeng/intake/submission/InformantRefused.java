package org.qingfeng.intake.submission;

import java.util.List;
import org.qingfeng.intake.submission.rules.InformantCheck.Refusal;
import org.qingfeng.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** An informant on the roster who may not submit now: {@code 403}, saying why. */
final class InformantRefused extends ErrorResponseException {

    InformantRefused(Refusal refusal) {
        super(HttpStatus.FORBIDDEN, problem(refusal), null);
    }

    private static ProblemDetail problem(Refusal refusal) {
        String detail =
                switch (refusal) {
                    case DISMISSED ->
                        "该信息员已被解聘，不能再报送预警信息 / This informant has been dismissed and can no longer"
                                + " submit warning items";
                    case SUSPENDED ->
                        "该信息员已被暂停，暂停期间不能报送预警信息 / This informant is suspended and cannot submit"
                                + " warning items while suspended";
                };
        ProblemDetail problem = Problems.of(HttpStatus.FORBIDDEN, detail, List.of());
        problem.setTitle("不能报送 / Not allowed to submit");
        return problem;
    }
}
