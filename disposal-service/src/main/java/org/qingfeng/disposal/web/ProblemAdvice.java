package org.qingfeng.disposal.web;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error an RFC 9457 problem; a bad request names each bad field in {@code errors}. */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    static final String INVALID_REQUEST = "请求参数有误 / Invalid request";

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(fieldOf(result), messageOf(error))))
                .toList();
        return badRequest(ex, errors, headers, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = ex.getPropertyName() == null ? "request" : ex.getPropertyName();
        List<FieldProblem> errors = List.of(new FieldProblem(field, "格式不正确 / malformed value"));
        return badRequest(ex, errors, headers, request);
    }

    private @Nullable ResponseEntity<Object> badRequest(
            Exception ex, List<FieldProblem> errors, HttpHeaders headers, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST, "请求中有字段不符合要求 / Some fields of the request are not valid");
        problem.setTitle(INVALID_REQUEST);
        problem.setProperty("errors", errors);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static String fieldOf(ParameterValidationResult result) {
        String name = result.getMethodParameter().getParameterName();
        return name == null ? "request" : name;
    }

    private static String messageOf(MessageSourceResolvable error) {
        String message = error.getDefaultMessage();
        return message == null ? "无效 / invalid" : message;
    }

    /** One bad field and what is wrong with it. */
    record FieldProblem(String field, String message) {}
}
