package org.qingfeng.intake.web;

import java.time.Duration;
import java.util.List;
import org.qingfeng.intake.IntakeProperties;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.support.security.Actors;
import org.qingfeng.support.web.FieldProblem;
import org.qingfeng.support.web.ProblemDetailsAdvice;
import org.qingfeng.support.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
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

    /**
     * A role check refused a caller without a token: {@code 401}, as the security filters answer
     * elsewhere. It happens only on a path open for one method ({@code POST /api/items}) whose other
     * methods need a token ({@code GET /api/items}); the path patterns cannot tell methods apart.
     */
    @Override
    @ExceptionHandler(AccessDeniedException.class)
    protected ResponseEntity<ProblemDetail> denied(AccessDeniedException e) {
        if (!Actors.current().isAnonymous()) {
            return super.denied(e);
        }
        ProblemDetail problem = Problems.of(HttpStatus.UNAUTHORIZED, "请先登录 / Please sign in", List.of());
        problem.setTitle("未登录 / Unauthorized");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(problem);
    }

    @ExceptionHandler(Forbidden.class)
    ResponseEntity<ProblemDetail> forbidden(Forbidden e) {
        List<FieldProblem> errors = e.violations().stream()
                .map(v -> new FieldProblem(v.field(), v.message()))
                .toList();
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(Problems.of(
                        HttpStatus.FORBIDDEN, "您无权对所填对象执行此操作 / You may not do this for what you named", errors));
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
