package org.qingfeng.intake.web;

import java.util.List;
import org.qingfeng.intake.IntakeProperties;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.support.web.FieldProblem;
import org.qingfeng.support.web.ProblemDetailsAdvice;
import org.qingfeng.support.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Intake's own errors as problems; everything else as every service answers it. */
@RestControllerAdvice
class ProblemAdvice extends ProblemDetailsAdvice {

    private final long retryAfterSeconds;

    ProblemAdvice(IntakeProperties properties) {
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
        String detail = "暂时无法保存，请稍后重试 / Cannot be stored right now, please retry later";
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds))
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, detail, List.of()));
    }
}
