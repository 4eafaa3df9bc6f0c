package org.qingfeng.gateway;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import reactor.core.publisher.Mono;

/**
 * The gateway's own refusals from web filters (401, 403, 429) as RFC 9457 problem details, Chinese
 * first. Written by hand because no controller or codec is involved yet; the texts are constants of
 * this code, never request data, so nothing needs escaping.
 */
public final class ProblemResponses {

    public static final String UNAUTHORIZED = "需要登录或有效令牌 / Sign-in or a valid token required";
    public static final String UNAUTHORIZED_DETAIL = "请登录，或携带有效的访问令牌。/ Sign in, or send a valid bearer access token.";
    public static final String FORBIDDEN = "无权执行此操作 / Forbidden";
    public static final String FORBIDDEN_DETAIL = "请求被拒绝（权限不足或缺少 CSRF 令牌）。/ Refused: missing permission or CSRF token.";

    private ProblemResponses() {}

    public static Mono<Void> write(ServerHttpResponse response, HttpStatus status, String title, String detail) {
        if (response.isCommitted()) {
            return Mono.empty();
        }
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        String json = "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + detail + "\"}";
        DataBuffer body = response.bufferFactory().wrap(json.getBytes(StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(body));
    }
}
