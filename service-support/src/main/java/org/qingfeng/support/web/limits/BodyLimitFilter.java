package org.qingfeng.support.web.limits;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.qingfeng.support.web.BufferedRequest;
import org.qingfeng.support.web.FieldProblem;
import org.qingfeng.support.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads every request body that is not multipart or a form, at most {@code qingfeng.web.max-json-body}
 * of it, before anything parses it: a longer body answers {@code 413} at once when its
 * Content-Length says so, otherwise as soon as the limit is passed, so a body without a length
 * cannot exhaust memory either. Multipart bodies have Spring's multipart limits; forms have the
 * container's form limit ({@code server.tomcat.max-http-form-post-size}), and reading them here
 * would take them from the container's parameter parser.
 */
final class BodyLimitFilter extends OncePerRequestFilter {

    private final long limit;
    private final String readable;

    BodyLimitFilter(DataSize limit) {
        this.limit = limit.toBytes();
        this.readable = readable(limit);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type =
                request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        boolean hasBody =
                request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
        return !hasBody
                || type.startsWith("multipart/")
                || type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        BufferedRequest buffered = request.getContentLengthLong() > limit ? null : BufferedRequest.read(request, limit);
        if (buffered == null) {
            Problems.write(
                    response,
                    Problems.of(
                            HttpStatus.CONTENT_TOO_LARGE,
                            "请求体超过 " + readable + " / The request body is larger than " + readable,
                            List.of(new FieldProblem("body", "不能超过 " + readable + " / at most " + readable))));
            return;
        }
        chain.doFilter(buffered, response);
    }

    private static String readable(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % (1024 * 1024) == 0) {
            return size.toMegabytes() + " MB";
        }
        if (bytes % 1024 == 0) {
            return size.toKilobytes() + " KB";
        }
        return bytes + " bytes";
    }
}
