package org.qingfeng.support.web.idempotency;

import com.mongodb.MongoException;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.qingfeng.support.security.Actors;
import org.qingfeng.support.web.BufferedRequest;
import org.qingfeng.support.web.FieldProblem;
import org.qingfeng.support.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A POST carrying {@code Idempotency-Key} is run once per key, caller, method and path: the first
 * request claims the key, a retry with the same body gets the first answer again ({@code
 * Idempotent-Replayed: true}), a retry with another body {@code 422}, a retry while the first is
 * still running {@code 409} with {@code Retry-After: 1}. Only a {@code 2xx} answer is kept, and never
 * one marked {@code Cache-Control: no-store} (it may hold a receipt or an identity): otherwise the
 * key is released and a retry runs again. Runs after Spring Security, so the caller is known.
 */
final class IdempotencyFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);
    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final IdempotencyStore store;
    private final IdempotencyProperties properties;
    private final long maxBody;
    private final Clock clock;

    IdempotencyFilter(IdempotencyStore store, IdempotencyProperties properties, long maxBody, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.maxBody = maxBody;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HttpMethod.POST.matches(request.getMethod())
                || request.getHeader(IdempotencyKeys.HEADER) == null
                || properties.excludePaths().stream().anyMatch(pattern -> PATHS.match(pattern, pathOf(request)));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> keys = Collections.list(request.getHeaders(IdempotencyKeys.HEADER));
        if (keys.size() != 1 || !IdempotencyKeys.wellFormed(keys.get(0))) {
            Problems.write(response, badKey());
            return;
        }
        Fingerprinted fingerprinted = fingerprint(request);
        if (fingerprinted == null) {
            // A body over its limit: the limit's own answer (413) follows, and nothing is claimed.
            chain.doFilter(request, response);
            return;
        }
        String id = IdempotencyKeys.id(Actors.current().subject(), request.getMethod(), pathOf(request), keys.get(0));
        IdempotencyStore.Claim claim;
        try {
            claim = store.claim(id, fingerprinted.fingerprint(), clock.instant());
        } catch (MongoException e) {
            log.warn(
                    "Idempotency keys unavailable ({}); answering 503",
                    e.getClass().getSimpleName());
            Problems.write(response, unavailable(response));
            return;
        }
        if (claim instanceof IdempotencyStore.Claimed claimed) {
            run(fingerprinted.request(), response, chain, id, claimed.owner());
        } else if (claim instanceof IdempotencyStore.Replay replay) {
            replay(response, replay.answer());
        } else if (claim instanceof IdempotencyStore.Mismatch) {
            Problems.write(response, reused());
        } else {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            Problems.write(response, busy());
        }
    }

    private void run(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain, String id, String owner)
            throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(request, answer);
            kept = keep(id, owner, answer, request);
        } finally {
            if (!kept) {
                release(id, owner);
            }
            answer.copyBodyToResponse();
        }
    }

    private boolean keep(String id, String owner, ContentCachingResponseWrapper answer, HttpServletRequest request) {
        int status = answer.getStatus();
        if (status < 200 || status > 299 || request.isAsyncStarted() || noStore(answer)) {
            return false;
        }
        byte[] body = answer.getContentAsByteArray();
        if (body.length > properties.maxStoredAnswer().toBytes()) {
            return false;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : StoredAnswer.KEPT_HEADERS) {
            List<String> values = List.copyOf(answer.getHeaders(name));
            if (!values.isEmpty()) {
                headers.put(name, values);
            }
        }
        if (answer.getContentType() != null) {
            headers.put(HttpHeaders.CONTENT_TYPE, List.of(answer.getContentType()));
        }
        try {
            store.complete(id, owner, new StoredAnswer(status, headers, body), clock.instant());
            return true;
        } catch (MongoException e) {
            log.warn(
                    "An answer could not be kept for its idempotency key ({})",
                    e.getClass().getSimpleName());
            return false;
        }
    }

    private void release(String id, String owner) {
        try {
            store.release(id, owner);
        } catch (MongoException e) {
            // The claim's lease runs out on its own; until then a retry is told to wait.
            log.warn(
                    "An idempotency key could not be released ({})",
                    e.getClass().getSimpleName());
        }
    }

    private static void replay(HttpServletResponse response, StoredAnswer answer) throws IOException {
        response.setStatus(answer.status());
        answer.headers().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        response.setHeader(IdempotencyKeys.REPLAYED, "true");
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    private @Nullable Fingerprinted fingerprint(HttpServletRequest request) throws IOException, ServletException {
        String type = mediaType(request);
        if (type != null && type.startsWith("multipart/")) {
            try {
                return new Fingerprinted(request, Fingerprints.ofParts(request.getQueryString(), request.getParts()));
            } catch (IllegalStateException e) {
                // Over the service's multipart limits: Spring answers that when it asks for the parts again.
                return null;
            }
        }
        if ("application/x-www-form-urlencoded".equals(type)) {
            return new Fingerprinted(request, Fingerprints.ofParameters(request.getParameterMap()));
        }
        BufferedRequest buffered = BufferedRequest.read(request, maxBody);
        if (buffered == null) {
            return null;
        }
        return new Fingerprinted(buffered, Fingerprints.ofBody(type, request.getQueryString(), buffered.body()));
    }

    private static @Nullable String mediaType(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null) {
            return null;
        }
        int parameters = type.indexOf(';');
        return (parameters < 0 ? type : type.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean noStore(HttpServletResponse answer) {
        return answer.getHeaders(HttpHeaders.CACHE_CONTROL).stream()
                .anyMatch(value -> value.toLowerCase(Locale.ROOT).contains("no-store"));
    }

    private static String pathOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }

    private static ProblemDetail badKey() {
        return Problems.of(
                HttpStatus.BAD_REQUEST,
                "幂等键格式不正确 / The Idempotency-Key header is malformed",
                List.of(new FieldProblem(
                        IdempotencyKeys.HEADER,
                        "须为一个 1 到 255 个可见 ASCII 字符的值 / must be one value of 1 to 255 visible ASCII characters")));
    }

    private static ProblemDetail reused() {
        ProblemDetail problem = Problems.of(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "此幂等键已用于内容不同的请求 / This Idempotency-Key was already used for a different request",
                List.of(new FieldProblem(IdempotencyKeys.HEADER, "已用于另一请求 / already used for another request")));
        problem.setTitle("幂等键冲突 / Idempotency-Key reused");
        return problem;
    }

    private static ProblemDetail busy() {
        ProblemDetail problem = Problems.of(
                HttpStatus.CONFLICT,
                "使用此幂等键的请求仍在处理中，请稍后重试 / A request with this Idempotency-Key is still being processed; retry shortly",
                List.of(new FieldProblem(IdempotencyKeys.HEADER, "处理中 / in progress")));
        problem.setTitle("请求处理中 / Request in progress");
        return problem;
    }

    private static ProblemDetail unavailable(HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        return Problems.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                "暂时无法处理，请稍后重试 / Cannot be processed right now, please retry later",
                List.of());
    }

    private record Fingerprinted(HttpServletRequest request, String fingerprint) {}
}
