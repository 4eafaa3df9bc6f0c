package org.qingfeng.support.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/** RFC 9457 problem details as every endpoint answers them: bilingual titles and an {@code errors} list. */
public final class Problems {

    public static final String ERRORS = "errors";

    /** The title of a request whose parameters are wrong, as opposed to its body. */
    public static final String INVALID_REQUEST = "请求参数有误 / Invalid request";

    /** The detail of a {@code 400} whose {@code errors} name the fields at fault. */
    public static final String CHECK_FIELDS = "请检查 errors 中的字段 / Check the fields listed in errors";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {}

    /** A {@code 400} naming each field a service's own rules refused. */
    public static ResponseEntity<ProblemDetail> invalidFields(List<FieldProblem> errors) {
        return ResponseEntity.badRequest().body(of(HttpStatus.BAD_REQUEST, CHECK_FIELDS, errors));
    }

    /**
     * A {@code 503} for a write the broker did not acknowledge in time, with {@code Retry-After} in
     * whole seconds, at least one.
     */
    public static ResponseEntity<ProblemDetail> unavailable(Duration retryAfter) {
        String detail = "暂时无法保存，请稍后重试 / Cannot be stored right now, please retry later";
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())))
                .body(of(HttpStatus.SERVICE_UNAVAILABLE, detail, List.of()));
    }

    /**
     * Writes a problem from a servlet filter, before or outside Spring MVC, in the same shape the
     * advice gives: {@code type} (when set), {@code title}, {@code status}, {@code detail}, {@code instance},
     * {@code errors}.
     */
    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        titled(problem);
        Map<String, Object> body = new LinkedHashMap<>();
        if (problem.getType() != null) {
            body.put("type", problem.getType().toString());
        }
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            body.put("detail", problem.getDetail());
        }
        if (problem.getInstance() != null) {
            body.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
    }

    public static ProblemDetail of(HttpStatusCode status, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty(ERRORS, errors);
        return titled(problem);
    }

    /**
     * Gives a problem the bilingual title of its status unless it has a title of its own, and makes
     * sure it carries an {@code errors} list.
     */
    public static ProblemDetail titled(ProblemDetail problem) {
        if (hasStandardTitle(problem)) {
            problem.setTitle(title(problem.getStatus()));
        }
        if (problem.getProperties() == null || !problem.getProperties().containsKey(ERRORS)) {
            problem.setProperty(ERRORS, List.of());
        }
        return problem;
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "提交内容有误 / Invalid submission";
            case 404 -> "未找到 / Not found";
            case 405 -> "不支持该请求方法 / Method not allowed";
            case 406 -> "无法提供所需格式 / Not acceptable";
            case 409 -> "请求冲突 / Conflict";
            case 413 -> "提交内容过大 / Submission too large";
            case 415 -> "不支持的内容类型 / Unsupported media type";
            case 422 -> "无法处理的请求 / Unprocessable request";
            case 500 -> "服务内部错误 / Internal error";
            case 503 -> "服务暂不可用 / Service unavailable";
            default -> "请求未能处理 / Request not processed";
        };
    }

    /** No title set, or only the English reason phrase that {@link ProblemDetail} falls back to. */
    private static boolean hasStandardTitle(ProblemDetail problem) {
        HttpStatus status = HttpStatus.resolve(problem.getStatus());
        String title = problem.getTitle();
        return title == null || (status != null && title.equals(status.getReasonPhrase()));
    }
}
