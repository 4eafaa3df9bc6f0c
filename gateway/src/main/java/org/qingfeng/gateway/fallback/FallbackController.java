package org.qingfeng.gateway.fallback;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR;

import org.qingfeng.gateway.Backend;
import org.qingfeng.gateway.GatewayProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/** The forward target of every route's circuit breaker: a 503 problem naming the service. */
@RestController
class FallbackController {

    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

    private final GatewayProperties properties;

    FallbackController(GatewayProperties properties) {
        this.properties = properties;
    }

    @RequestMapping("/fallback/{service}")
    ResponseEntity<ProblemDetail> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        return Backend.byId(service).map(backend -> answer(backend, exchange)).orElseGet(() -> ResponseEntity.notFound()
                .build());
    }

    private ResponseEntity<ProblemDetail> answer(Backend backend, ServerWebExchange exchange) {
        Throwable cause = exchange.getAttribute(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        log.warn(
                "{} unavailable, answering 503: {}",
                backend.id(),
                cause == null ? "unknown" : cause.getClass().getSimpleName());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, retryAfterSeconds())
                .body(problem(backend));
    }

    private ProblemDetail problem(Backend backend) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, backend.unavailableDetail());
        problem.setTitle(backend.unavailableTitle());
        problem.setProperty("service", backend.id());
        return problem;
    }

    private String retryAfterSeconds() {
        return Long.toString(properties.fallback().retryAfter().toSeconds());
    }
}
