package org.qingfeng.gateway.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.Backend;
import org.qingfeng.gateway.GatewayProperties;
import org.qingfeng.gateway.console.Answer;
import org.qingfeng.gateway.console.Failures;
import org.qingfeng.gateway.console.LocalTimes;
import org.qingfeng.gateway.console.Sent;
import org.qingfeng.gateway.console.ServiceWrites;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 我要反映: the public report form. Each render carries a fresh {@code Idempotency-Key} in a hidden
 * field, so a double tap or a resent form lands on the same item and shows the same receipt. The
 * receipt comes back in the POST's own answer (never a redirect, never in a URL) and that page is
 * not stored by any cache. Intake's problems are shown beside their fields.
 */
@Controller
@RequestMapping("/report")
class ReportController {

    static final String KEY = "idempotencyKey";
    private static final Pattern KEY_SHAPE = Pattern.compile("[0-9a-f-]{36}");

    private final ServiceWrites writes;
    private final ZoneId zone;

    ReportController(ServiceWrites writes, GatewayProperties properties) {
        this.writes = writes;
        this.zone = properties.console().zone();
    }

    @GetMapping
    Rendering form() {
        return page(newKey(), Map.of(), null);
    }

    @PostMapping
    Mono<Rendering> submit(ServerWebExchange exchange) {
        return exchange.getMultipartData().map(ReportForm::of).flatMap(form -> {
            String key = keyOf(form);
            return send(form, key)
                    .map(answer -> answer.body() != null
                            ? receipt(answer.body())
                            : page(newKey(), form.refill(), Sent.of(answer, ReportDraft.FIELDS, "report.done", null)))
                    // Not delivered: the same key again, so a retry of the same report is the same item.
                    .onErrorResume(Failures.instead(
                            Backend.INTAKE, () -> page(key, form.refill(), Sent.unavailable(Backend.INTAKE))));
        });
    }

    private Mono<Answer<Receipted>> send(ReportForm form, String key) {
        ReportDraft draft = ReportDraft.from(form.values());
        Map<String, String> headers = Map.of("Idempotency-Key", key);
        if (form.files().isEmpty()) {
            return writes.send("/api/items", draft, headers, true, Receipted.class);
        }
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("item", draft, MediaType.APPLICATION_JSON);
        form.files().forEach(file -> parts.part(ReportForm.FILES, file));
        return writes.upload("/api/items", parts.build(), headers, true, Receipted.class);
    }

    private Rendering receipt(Receipted accepted) {
        return Rendering.view("report-receipt")
                .modelAttribute("receipt", accepted.receipt())
                .modelAttribute("submittedAt", localTime(accepted.submittedAt()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    private Rendering page(String key, Map<String, String> values, @Nullable Sent sent) {
        Rendering.Builder<?> view = Rendering.view("report")
                .modelAttribute("key", key)
                .modelAttribute("values", values)
                .modelAttribute("fields", ReportDraft.FIELDS.stream().sorted().toList())
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
        return sent == null ? view.build() : view.modelAttribute("sent", sent).build();
    }

    private String localTime(String instant) {
        try {
            return LocalTimes.format(Instant.parse(instant), zone);
        } catch (DateTimeParseException | NullPointerException unreadable) {
            return "";
        }
    }

    /** The key the form carried, if it looks like one this page made; else a new one. */
    private static String keyOf(ReportForm form) {
        String key = form.values().text(KEY);
        return key != null && KEY_SHAPE.matcher(key).matches() ? key : newKey();
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }
}
