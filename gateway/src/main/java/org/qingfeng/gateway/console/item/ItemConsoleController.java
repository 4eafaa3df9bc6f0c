package org.qingfeng.gateway.console.item;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.Backend;
import org.qingfeng.gateway.GatewayProperties;
import org.qingfeng.gateway.console.Answer;
import org.qingfeng.gateway.console.Failures;
import org.qingfeng.gateway.console.FieldErrors;
import org.qingfeng.gateway.console.FormValues;
import org.qingfeng.gateway.console.NetworkNames;
import org.qingfeng.gateway.console.Notice;
import org.qingfeng.gateway.console.Problem;
import org.qingfeng.gateway.console.Sent;
import org.qingfeng.gateway.console.ServiceReads;
import org.qingfeng.gateway.console.ServiceWrites;
import org.qingfeng.gateway.console.item.Lines.AttachmentLine;
import org.qingfeng.gateway.console.item.Lines.MatchLine;
import org.qingfeng.gateway.console.item.Lines.StepLine;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 事项详情: one item with its attachments, the items intake matched it with and the follow-up
 * thread, each read from intake with the signed-in user's token (intake scopes and audits every
 * read; an item unknown or out of scope is its 404, shown as "没有这个事项"). The question to the
 * submitter is a plain form: accepted, it redirects back to the page (POST-redirect-GET: only the
 * item id, which is no identity, rides in the URL); refused, the page comes back with intake's
 * errors beside the box and the question kept.
 */
@Controller
@RequestMapping("/console/items")
class ItemConsoleController {

    private static final Set<String> QUESTION_FIELDS = Set.of("text");

    private final ServiceReads reads;
    private final ServiceWrites writes;
    private final NetworkNames names;
    private final ZoneId zone;

    ItemConsoleController(ServiceReads reads, ServiceWrites writes, NetworkNames names, GatewayProperties properties) {
        this.reads = reads;
        this.writes = writes;
        this.names = names;
        this.zone = properties.console().zone();
    }

    @GetMapping("/{itemId}")
    Mono<Rendering> item(@PathVariable String itemId, @RequestParam(required = false) @Nullable String asked) {
        if (!ItemIds.valid(itemId)) {
            return Mono.just(missing(HttpStatus.NOT_FOUND, null));
        }
        return page(
                itemId,
                asked == null ? null : new Sent(true, Notice.success("item.ask.done", null), FieldErrors.none()),
                "");
    }

    @PostMapping("/{itemId}/questions")
    Mono<Rendering> ask(@PathVariable String itemId, ServerWebExchange exchange) {
        if (!ItemIds.valid(itemId)) {
            return Mono.just(missing(HttpStatus.NOT_FOUND, null));
        }
        return exchange.getFormData().map(FormValues::of).flatMap(form -> {
            String text = form.text("text", "");
            return writes.send(
                            "/api/items/questions",
                            new Question(itemId, form.text("text")),
                            Map.of(
                                    "Idempotency-Key",
                                    form.text(
                                            "idempotencyKey", UUID.randomUUID().toString())),
                            false,
                            Question.Asked.class)
                    .map(Optional::of)
                    .onErrorResume(Failures.instead(Backend.INTAKE, Optional::empty))
                    .flatMap(delivered -> delivered
                            .map(answer -> answer.isAccepted()
                                    ? Mono.just(Rendering.redirectTo("/console/items/" + itemId + "?asked=1")
                                            .build())
                                    : page(itemId, Sent.of(answer, QUESTION_FIELDS, "item.ask.done", null), text))
                            .orElseGet(() -> page(itemId, Sent.unavailable(Backend.INTAKE), text)));
        });
    }

    private Mono<Rendering> page(String itemId, @Nullable Sent sent, String question) {
        Mono<Optional<Answer<ItemRead>>> item = reads.answer(
                        Backend.INTAKE, "/api/items/{itemId}", ItemRead.class, itemId)
                .map(Optional::of)
                .onErrorResume(Failures.instead(Backend.INTAKE, Optional::empty));
        Mono<Part<AttachmentLine>> attachments = part(
                reads.answer(Backend.INTAKE, "/api/items/{itemId}/attachments", Attachments.class, itemId),
                read -> Lines.attachments(itemId, read),
                Part.shown(List.of()));
        Mono<Part<MatchLine>> matches = part(
                reads.answer(Backend.INTAKE, "/api/items/{itemId}/matches", Matches.class, itemId),
                Lines::matches,
                Part.pending());
        Mono<Part<StepLine>> thread = part(
                reads.answer(Backend.INTAKE, "/api/items/{itemId}/follow-ups", FollowUps.class, itemId),
                read -> Lines.steps(read, zone),
                Part.shown(List.of()));
        return Mono.zip(item, names.current(), attachments, matches, thread).map(read -> {
            Optional<Answer<ItemRead>> answer = read.getT1();
            if (answer.isEmpty()) {
                return view("item", HttpStatus.OK)
                        .modelAttribute("available", false)
                        .build();
            }
            Answer<ItemRead> found = answer.get();
            if (!found.isAccepted() || found.body() == null) {
                return missing(HttpStatusCode.valueOf(found.status()), found.problem());
            }
            Rendering.Builder<?> view = view("item", HttpStatus.OK)
                    .modelAttribute("available", true)
                    .modelAttribute("item", ItemView.from(itemId, found.body(), read.getT2(), zone))
                    .modelAttribute("attachments", read.getT3())
                    .modelAttribute("matches", read.getT4())
                    .modelAttribute("thread", read.getT5())
                    .modelAttribute("question", question)
                    .modelAttribute("key", UUID.randomUUID().toString());
            return (sent == null ? view : view.modelAttribute("sent", sent)).build();
        });
    }

    /**
     * A section read on its own: a 404 is {@code whenMissing} (matches: not compared yet; a file
     * listing or thread not projected yet: none), another refusal intake's own words, and a
     * service that cannot be reached "unavailable".
     */
    private static <T, L> Mono<Part<L>> part(Mono<Answer<T>> read, Function<T, List<L>> lines, Part<L> whenMissing) {
        return read.map(answer -> {
                    T body = answer.body();
                    if (answer.isAccepted() && body != null) {
                        return Part.shown(lines.apply(body));
                    }
                    Problem problem = answer.problem();
                    return answer.status() == 404 || problem == null ? whenMissing : Part.<L>refused(problem);
                })
                .onErrorResume(Failures.instead(Backend.INTAKE, Part::unavailable));
    }

    /** "没有这个事项": intake's 404 (unknown or out of scope, alike) or another refusal in its words. */
    private static Rendering missing(HttpStatusCode status, @Nullable Problem problem) {
        return view("item-missing", status)
                .modelAttribute(
                        "problem", problem == null || status.value() == 404 ? Problem.bare(status.value()) : problem)
                .build();
    }

    private static Rendering.Builder<?> view(String name, HttpStatusCode status) {
        return Rendering.view(name)
                .status(status)
                .modelAttribute("page", "item")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
