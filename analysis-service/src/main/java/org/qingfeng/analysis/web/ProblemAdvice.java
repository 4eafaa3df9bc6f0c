package org.qingfeng.analysis.web;

import java.util.List;
import org.qingfeng.analysis.AnalysisProperties;
import org.qingfeng.analysis.rules.RulesViolated;
import org.qingfeng.support.web.FieldProblem;
import org.qingfeng.support.web.ProblemDetailsAdvice;
import org.qingfeng.support.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Analysis's own errors as problems; everything else as every service answers it. */
@RestControllerAdvice
class ProblemAdvice extends ProblemDetailsAdvice {

    private final long retryAfterSeconds;

    ProblemAdvice(AnalysisProperties properties) {
        this.retryAfterSeconds = Math.max(1, properties.retryAfter().toSeconds());
    }

    @ExceptionHandler(RulesViolated.class)
    ResponseEntity<ProblemDetail> rulesViolated(RulesViolated e) {
        List<FieldProblem> errors = e.violations().stream()
                .map(v -> new FieldProblem(v.field(), v.message()))
                .toList();
        return ResponseEntity.badRequest()
                .body(Problems.of(
                        HttpStatus.BAD_REQUEST, "请检查 errors 中的字段 / Check the fields listed in errors", errors));
    }

    @ExceptionHandler(ServiceUnavailable.class)
    ResponseEntity<ProblemDetail> serviceUnavailable(ServiceUnavailable e) {
        String detail = "暂时无法保存，请稍后重试 / Cannot be stored right now, please retry later";
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds))
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, detail, List.of()));
    }
}
