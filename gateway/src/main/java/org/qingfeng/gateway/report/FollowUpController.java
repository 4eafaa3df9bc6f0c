package org.qingfeng.gateway.report;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.Backend;
import org.qingfeng.gateway.console.Answer;
import org.qingfeng.gateway.console.Failures;
import org.qingfeng.gateway.console.FieldErrors;
import org.qingfeng.gateway.console.FormValues;
import org.qingfeng.gateway.console.Notice;
import org.qingfeng.gateway.console.Sent;
import org.qingfeng.gateway.console.ServiceWrites;
import org.qingfeng.gateway.ratelimit.WrongReceipts;
import org.qingfeng.gateway.report.FollowUp.AnswerRequest;
import org.qingfeng.gateway.report.FollowUp.ConfirmationRequest;
import org.qingfeng.gateway.report.FollowUp.Status;
import org.qingfeng.gateway.report.FollowUp.StatusRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 查询办理情况: the holder of a receipt sees the status and the questions asked, answers a question
 * and confirms a rectification. The receipt travels only in POST bodies (the forms carry it as a
 * hidden field), never in a URL, and no page showing it is stored by a cache. A receipt intake does
 * not know spends one of the address's wrong receipts, shared with the API's.
 */
@Controller
@RequestMapping("/report/follow-up")
class FollowUpController {

    private static final Set<String> RECEIPT_FIELDS = Set.of("receipt");
    private static final Set<String> ANSWER_FIELDS = Set.of("questionId", "text");
    private static final Set<String> CONFIRM_FIELDS = Set.of("rectified", "comment");

    private final ServiceWrites writes;
    private final WrongReceipts wrongReceipts;

    FollowUpController(ServiceWrites writes, WrongReceipts wrongReceipts) {
        this.writes = writes;
        this.wrongReceipts = wrongReceipts;
    }

    @GetMapping
    Rendering form() {
        return entry(null).build();
    }

    @PostMapping
    Mono<Rendering> status(ServerWebExchange exchange) {
        return guarded(exchange, form -> show(exchange, form.text("receipt", ""), null, "answer"));
    }

    @PostMapping("/answer")
    Mono<Rendering> answer(ServerWebExchange exchange) {
        return guarded(exchange, form -> {
            String receipt = form.text("receipt", "");
            AnswerRequest body = new AnswerRequest(receipt, form.text("questionId"), form.text("text"));
            return change(
                    exchange, receipt, "/api/receipts/answers", body, ANSWER_FIELDS, "followUp.answer.done", "answer");
        });
    }

    @PostMapping("/confirm")
    Mono<Rendering> confirm(ServerWebExchange exchange) {
        return guarded(exchange, form -> {
            String receipt = form.text("receipt", "");
            ConfirmationRequest body = new ConfirmationRequest(receipt, form.text("rectified"), form.text("comment"));
            return change(
                    exchange,
                    receipt,
                    "/api/receipts/confirmation",
                    body,
                    CONFIRM_FIELDS,
                    "followUp.confirm.done",
                    "confirm");
        });
    }

    /** Refuses at once while the address has spent its wrong receipts; otherwise reads the form. */
    private Mono<Rendering> guarded(ServerWebExchange exchange, Function<FormValues, Mono<Rendering>> then) {
        return wrongReceipts
                .refusal(exchange)
                .map(wait -> Mono.just(tooMany(exchange, wait)))
                .orElseGet(() -> exchange.getFormData().map(FormValues::of).flatMap(then));
    }

    private Mono<Rendering> change(
            ServerWebExchange exchange,
            String receipt,
            String uri,
            Object body,
            Set<String> fields,
            String doneKey,
            String form) {
        return writes.send(uri, body, Map.of(), true, Object.class)
                .flatMap(answer -> {
                    if (answer.status() == HttpStatus.NOT_FOUND.value()) {
                        return Mono.just(unknown(exchange));
                    }
                    return show(exchange, receipt, Sent.of(answer, fields, doneKey, null), form);
                })
                .onErrorResume(Failures.instead(Backend.INTAKE, FollowUpController::unavailable));
    }

    private Mono<Rendering> show(ServerWebExchange exchange, String receipt, @Nullable Sent sent, String form) {
        return writes.send("/api/receipts/status", new StatusRequest(receipt), Map.of(), true, Status.class)
                .map(answer -> read(exchange, receipt, answer, sent, form))
                .onErrorResume(Failures.instead(Backend.INTAKE, FollowUpController::unavailable));
    }

    private Rendering read(
            ServerWebExchange exchange, String receipt, Answer<Status> answer, @Nullable Sent sent, String form) {
        if (answer.status() == HttpStatus.NOT_FOUND.value()) {
            return unknown(exchange);
        }
        if (answer.body() == null) {
            return entry(Sent.of(answer, RECEIPT_FIELDS, "followUp.done", null)).build();
        }
        Rendering.Builder<?> view = Rendering.view("follow-up-status")
                .modelAttribute("receipt", receipt)
                .modelAttribute("state", answer.body())
                .modelAttribute("form", form)
                .modelAttribute("fields", ANSWER_FIELDS.stream().sorted().toList())
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
        return sent == null ? view.build() : view.modelAttribute("sent", sent).build();
    }

    private Rendering unknown(ServerWebExchange exchange) {
        wrongReceipts.failed(exchange);
        exchange.getResponse().setStatusCode(HttpStatus.NOT_FOUND);
        return entry(Sent.invalid(FieldErrors.of(Map.of("receipt", "没有与此回执对应的事项 / No item for this receipt"))))
                .build();
    }

    private static Rendering tooMany(ServerWebExchange exchange, Duration wait) {
        exchange.getResponse().setStatusCode(HttpStatus.TOO_MANY_REQUESTS);
        return entry(new Sent(false, Notice.error("followUp.tooMany", List.of()), FieldErrors.none()))
                .header(HttpHeaders.RETRY_AFTER, Long.toString(WrongReceipts.seconds(wait)))
                .build();
    }

    private static Rendering unavailable() {
        return entry(Sent.unavailable(Backend.INTAKE)).build();
    }

    private static Rendering.Builder<?> entry(@Nullable Sent sent) {
        Rendering.Builder<?> view = Rendering.view("follow-up")
                .modelAttribute("fields", RECEIPT_FIELDS.stream().toList())
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
        return sent == null ? view : view.modelAttribute("sent", sent);
    }
}
