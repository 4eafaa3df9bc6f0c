package org.qingfeng.analysis.web;

import java.time.Duration;
import org.qingfeng.analysis.AnalysisProperties;
import org.qingfeng.analysis.rules.RulesViolated;
import org.qingfeng.support.web.FieldProblem;
import org.qingfeng.support.web.ProblemDetailsAdvice;
import org.qingfeng.support.web.Problems;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Analysis's own errors as problems; everything else as every service answers it. */
@RestControllerAdvice
class ProblemAdvice extends ProblemDetailsAdvice {

    private final Duration retryAfter;

    ProblemAdvice(AnalysisProperties properties) {
        this.retryAfter = properties.retryAfter();
    }

    @ExceptionHandler(RulesViolated.class)
    ResponseEntity<ProblemDetail> rulesViolated(RulesViolated e) {
        return Problems.invalidFields(e.violations().stream()
                .map(v -> new FieldProblem(v.field(), v.message()))
                .toList());
    }

    @ExceptionHandler(ServiceUnavailable.class)
    ResponseEntity<ProblemDetail> serviceUnavailable(ServiceUnavailable e) {
        return Problems.unavailable(retryAfter);
    }
}
