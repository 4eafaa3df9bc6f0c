package org.qingfeng.disposal.notice;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The configured font is missing, unreadable or has no Chinese glyphs: no document rather than one
 * of empty boxes, answered as {@code 503} since configuring a font mends it.
 */
public class NoChineseFont extends ErrorResponseException {

    NoChineseFont(String why, Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, problem(), cause);
        getBody().setProperty("reason", why);
    }

    NoChineseFont(String why) {
        super(HttpStatus.SERVICE_UNAVAILABLE, problem(), null);
        getBody().setProperty("reason", why);
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.SERVICE_UNAVAILABLE,
                "未配置中文字体，无法生成公文 / no Chinese font configured: see disposal.notices.font-dir");
        problem.setTitle("未配置中文字体 / No Chinese font configured");
        return problem;
    }
}
