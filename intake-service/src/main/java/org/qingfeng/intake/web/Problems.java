package org.qingfeng.intake.web;

import java.util.List;
import org.qingfeng.intake.rules.Violation;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** RFC 9457 problem details as every endpoint answers them: bilingual titles and an {@code errors} list. */
final class Problems {

    static final String ERRORS = "errors";

    private Problems() {}

    static ProblemDetail of(HttpStatusCode status, String detail, List<Violation> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        return titled(problem, errors);
    }

    /** Gives a problem its bilingual title and makes sure it carries an {@code errors} list. */
    static ProblemDetail titled(ProblemDetail problem, List<Violation> errors) {
        problem.setTitle(title(problem.getStatus()));
        if (problem.getProperties() == null || !problem.getProperties().containsKey(ERRORS)) {
            problem.setProperty(ERRORS, errors);
        }
        return problem;
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "提交内容有误 / Invalid submission";
            case 404 -> "未找到 / Not found";
            case 405 -> "不支持该请求方法 / Method not allowed";
            case 406 -> "无法提供所需格式 / Not acceptable";
            case 413 -> "提交内容过大 / Submission too large";
            case 415 -> "不支持的内容类型 / Unsupported media type";
            case 503 -> "服务暂不可用 / Service unavailable";
            case 500 -> "服务内部错误 / Internal error";
            default -> "请求未能处理 / Request not processed";
        };
    }
}
