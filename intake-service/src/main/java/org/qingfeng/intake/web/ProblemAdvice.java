package org.qingfeng.intake.web;

import java.time.Duration;
import java.util.List;
import org.qingfeng.intake.IntakeProperties;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.support.web.FieldProblem;
import org.qingfeng.support.web.ProblemDetailsAdvice;
import org.qingfeng.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Intake's own errors as problems; everything else as every service answers it. */
@RestControllerAdvice
class ProblemAdvice extends ProblemDetailsAdvice {

    private final Duration retryAfter;

    ProblemAdvice(IntakeProperties properties) {
        this.retryAfter = properties.retryAfter();
    }

    @ExceptionHandler(RulesViolated.class)
    ResponseEntity<ProblemDetail> rulesViolated(RulesViolated e) {
        return Problems.invalidFields(e.violations().stream()
                .map(v -> new FieldProblem(v.field(), v.message()))
                .toList());
    }

    @ExceptionHandler(PayloadTooLarge.class)
    ResponseEntity<ProblemDetail> payloadTooLarge(PayloadTooLarge e) {
        long bytes = e.limit().toBytes();
        String detail = "提交内容不能超过 " + bytes + " 字节 / The body must not exceed " + bytes + " bytes";
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(Problems.of(HttpStatus.CONTENT_TOO_LARGE, detail, List.of()));
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Problems.of(HttpStatus.NOT_FOUND, e.getMessage(), List.of()));
    }

    @ExceptionHandler(ServiceUnavailable.class)
    ResponseEntity<ProblemDetail> serviceUnavailable(ServiceUnavailable e) {
        return Problems.unavailable(retryAfter);
    }
}
