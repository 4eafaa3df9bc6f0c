package org.qingfeng.gateway.console.entry;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.Backend;
import org.qingfeng.gateway.console.Failures;
import org.qingfeng.gateway.console.FieldErrors;
import org.qingfeng.gateway.console.FormValues;
import org.qingfeng.gateway.console.Sent;
import org.qingfeng.gateway.console.ServiceWrites;
import org.qingfeng.gateway.console.entry.EntryForms.Batched;
import org.qingfeng.gateway.console.entry.EntryForms.Filed;
import org.qingfeng.gateway.console.entry.EntryForms.OnBehalf;
import org.qingfeng.gateway.console.entry.EntryForms.Quarterly;
import org.qingfeng.gateway.console.entry.EntryForms.Receipted;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.FormFieldPart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 录入: enter an item on someone's behalf (the receipt to hand over is shown once, on a page no
 * cache keeps), upload a monthly batch workbook, and file a quarterly report. Plain forms that post
 * the whole page, so each works without script; intake's problems are shown beside their fields.
 * Every call carries the signed-in user's token: intake decides who may enter what, and where.
 */
@Controller
@RequestMapping("/console/entry")
class EntryConsoleController {

    private static final Set<String> BATCH_FIELDS = Set.of("file", "period");
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ServiceWrites writes;

    EntryConsoleController(ServiceWrites writes) {
        this.writes = writes;
    }

    @GetMapping
    Rendering page() {
        return page(null, null).build();
    }

    @PostMapping("/on-behalf")
    Mono<Rendering> onBehalf(ServerWebExchange exchange) {
        return exchange.getFormData().map(FormValues::of).flatMap(form -> writes.send(
                        "/api/items/on-behalf",
                        OnBehalf.from(form),
                        Map.of(
                                "Idempotency-Key",
                                form.text("idempotencyKey", UUID.randomUUID().toString())),
                        false,
                        Receipted.class)
                .map(answer -> {
                    Sent sent = Sent.of(answer, EntryForms.ITEM_FIELDS, "entry.onBehalf.done", null);
                    String receipt =
                            answer.body() == null ? null : answer.body().receipt();
                    return page("on-behalf", sent)
                            .modelAttribute("receipt", receipt == null ? "" : receipt)
                            .header(HttpHeaders.CACHE_CONTROL, "no-store")
                            .build();
                })
                .onErrorResume(unavailable("on-behalf")));
    }

    @PostMapping("/batch")
    Mono<Rendering> batch(ServerWebExchange exchange) {
        return exchange.getMultipartData().flatMap(parts -> {
            Part file = parts.getFirst("file");
            if (!(file instanceof FilePart chosen) || chosen.filename().isBlank()) {
                Sent none = Sent.invalid(FieldErrors.of(Map.of("file", "请选择文件 / choose a file")));
                return Mono.just(page("batch", none).build());
            }
            MultipartBodyBuilder body = new MultipartBodyBuilder();
            body.part("file", chosen).contentType(XLSX);
            if (parts.getFirst("period") instanceof FormFieldPart period
                    && !period.value().isBlank()) {
                body.part("period", period.value().strip());
            }
            return writes.upload("/api/items/batch", body.build(), Map.of(), false, Batched.class)
                    .map(answer -> {
                        Sent sent = Sent.of(
                                answer,
                                BATCH_FIELDS,
                                "entry.batch.done",
                                answer.body() == null
                                        ? null
                                        : Integer.toString(answer.body().items()));
                        List<String> rows = sent.errors().general();
                        return page("batch", sent).modelAttribute("rows", rows).build();
                    })
                    .onErrorResume(unavailable("batch"));
        });
    }

    @PostMapping("/quarterly")
    Mono<Rendering> quarterly(ServerWebExchange exchange) {
        return exchange.getFormData().map(FormValues::of).flatMap(form -> writes.send(
                        "/api/reporting/quarterly-reports",
                        Quarterly.from(form),
                        Map.of(
                                "Idempotency-Key",
                                form.text("idempotencyKey", UUID.randomUUID().toString())),
                        false,
                        Filed.class)
                .map(answer -> page(
                                "quarterly",
                                Sent.of(
                                        answer,
                                        EntryForms.QUARTERLY_FIELDS,
                                        "entry.quarterly.done",
                                        answer.body() == null
                                                ? null
                                                : answer.body().state()))
                        .build())
                .onErrorResume(unavailable("quarterly")));
    }

    private Function<Throwable, Mono<Rendering>> unavailable(String form) {
        return Failures.instead(Backend.INTAKE, () -> page(form, Sent.unavailable(Backend.INTAKE))
                .build());
    }

    private static Rendering.Builder<?> page(@Nullable String form, @Nullable Sent sent) {
        Rendering.Builder<?> view = Rendering.view("entry")
                .modelAttribute("page", "entry")
                .modelAttribute("form", form == null ? "" : form)
                .modelAttribute("key", UUID.randomUUID().toString());
        return sent == null ? view : view.modelAttribute("sent", sent);
    }
}
