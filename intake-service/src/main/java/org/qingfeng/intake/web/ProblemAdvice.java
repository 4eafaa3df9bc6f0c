package org.qingfeng.intake.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.intake.IntakeProperties;
import org.qingfeng.intake.rules.RulesViolated;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error of every endpoint as an RFC 9457 problem; Spring MVC's own errors get the same titles. */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    private final long retryAfterSeconds;

    ProblemAdvice(IntakeProperties properties) {
        this.retryAfterSeconds = Math.max(1, properties.retryAfter().toSeconds());
    }

    @ExceptionHandler(RulesViolated.class)
    ResponseEntity<ProblemDetail> rulesViolated(RulesViolated e) {
        return ResponseEntity.badRequest()
                .body(Problems.of(
                        HttpStatus.BAD_REQUEST, "请检查 errors 中的字段 / Check the fields listed in errors", e.violations()));
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

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
        String detail = "服务内部错误 / Internal error";
        return ResponseEntity.internalServerError()
                .body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, detail, List.of()));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = Problems.of(
                HttpStatus.BAD_REQUEST, "请求体无法读取 / The body could not be read", List.of(UnreadableBody.violationOf(e)));
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** The last step of every Spring MVC error: the problem gets the same bilingual title and errors list. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            @Nullable Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            Problems.titled(problem, List.of());
        }
        return super.createResponseEntity(body, headers, status, request);
    }
}
