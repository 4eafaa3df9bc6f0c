package org.qingfeng.intake.submission;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts every answer to {@code POST /api/items}: {@code intake.items.accepted}, or
 * {@code intake.items.rejected} tagged with a reason taken from the status (so rejections Spring MVC
 * makes before the controller, such as 415, are counted too).
 */
@Component
class SubmissionMetricsFilter extends OncePerRequestFilter {

    private final MeterRegistry meters;
    private final Counter accepted;

    SubmissionMetricsFilter(MeterRegistry meters) {
        this.meters = meters;
        this.accepted = Counter.builder("intake.items.accepted")
                .description("Submissions acknowledged by the broker and answered 202")
                .register(meters);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/api/items".equals(request.getRequestURI()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            count(response.getStatus());
        }
    }

    private void count(int status) {
        if (status == HttpServletResponse.SC_ACCEPTED) {
            accepted.increment();
            return;
        }
        Counter.builder("intake.items.rejected")
                .description("Submissions answered with anything but 202")
                .tag("reason", reason(status))
                .register(meters)
                .increment();
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "invalid";
            case 403 -> "informant-refused";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            case 503 -> "unavailable";
            default -> "status-" + (status / 100) + "xx";
        };
    }
}
