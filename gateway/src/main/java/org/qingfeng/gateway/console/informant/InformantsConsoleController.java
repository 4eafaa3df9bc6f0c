package org.qingfeng.gateway.console.informant;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.Backend;
import org.qingfeng.gateway.console.Answer;
import org.qingfeng.gateway.console.Failures;
import org.qingfeng.gateway.console.FieldErrors;
import org.qingfeng.gateway.console.FormValues;
import org.qingfeng.gateway.console.NetworkNames;
import org.qingfeng.gateway.console.NetworkNode;
import org.qingfeng.gateway.console.NetworkNodes;
import org.qingfeng.gateway.console.NodeNames;
import org.qingfeng.gateway.console.Panel;
import org.qingfeng.gateway.console.Sent;
import org.qingfeng.gateway.console.ServiceReads;
import org.qingfeng.gateway.console.ServiceWrites;
import org.qingfeng.gateway.console.Tokens;
import org.qingfeng.gateway.console.informant.RosterChanges.ContactEntry;
import org.qingfeng.gateway.console.informant.RosterChanges.RecordRequest;
import org.qingfeng.gateway.console.informant.RosterChanges.StatusChange;
import org.qingfeng.gateway.console.informant.RosterChanges.TrainingEntry;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 信息员: the roster under a chosen node, and the forms that appoint an informant and record a
 * status, a training or a contact. Everything that carries a token or an identity is a POST whose
 * body the console maps to intake's JSON; the answers come back as htmx fragments. The identity
 * boxes are never filled by the server, not even after a refusal: the browser keeps what was
 * typed, and a success replaces the whole form with an empty one.
 */
@Controller
@RequestMapping("/console/informants")
class InformantsConsoleController {

    static final String CHANGED = "informants-changed";

    private final ServiceReads reads;
    private final ServiceWrites writes;
    private final NetworkNames names;
    private final NetworkNodes nodes;
    private final Clock clock;

    InformantsConsoleController(
            ServiceReads reads, ServiceWrites writes, NetworkNames names, NetworkNodes nodes, Clock clock) {
        this.reads = reads;
        this.writes = writes;
        this.names = names;
        this.nodes = nodes;
        this.clock = clock;
    }

    @GetMapping
    Mono<Rendering> page(@RequestParam(required = false) @Nullable String node) {
        String branch = node == null ? "" : node.strip();
        Mono<Panel<NetworkNode>> registry = nodes.current().cache();
        return Mono.zip(registry, roster(branch, registry.flatMap(names::from)))
                .map(read -> withForms(Rendering.view("informants"), read.getT1())
                        .modelAttribute("page", "informants")
                        .modelAttribute("branch", branch)
                        .modelAttribute("roster", read.getT2())
                        .build());
    }

    @GetMapping("/list")
    Mono<Rendering> list(@RequestParam(required = false) @Nullable String node) {
        String branch = node == null ? "" : node.strip();
        return roster(branch, names.current()).map(roster -> Rendering.view("fragments/informants :: roster")
                .modelAttribute("branch", branch)
                .modelAttribute("roster", roster)
                .build());
    }

    @PostMapping("/appoint")
    Mono<Rendering> appoint(ServerWebExchange exchange) {
        return exchange.getFormData()
                .map(FormValues::of)
                .flatMap(form -> writes.send(
                                Backend.INTAKE,
                                HttpMethod.POST,
                                "/api/informants",
                                Appointment.from(form),
                                Appointed.class)
                        .map(answer -> Sent.of(answer, Appointment.FIELDS, "informant.appoint.done", tokenOf(answer)))
                        .onErrorResume(unavailable()))
                .flatMap(sent -> nodes.current().map(read -> sent(sent, "appoint", Appointment.FIELDS)
                        .modelAttribute("nodes", read)
                        .modelAttribute("today", today())
                        .build()));
    }

    /** The panel for one informant: their record and the forms that change it. */
    @PostMapping("/manage")
    Mono<Rendering> manage(ServerWebExchange exchange) {
        return exchange.getFormData().map(FormValues::of).flatMap(form -> {
            String token = form.text("informantToken", "");
            return writes.send(
                            Backend.INTAKE,
                            HttpMethod.POST,
                            "/api/informants/record",
                            new RecordRequest(token),
                            InformantRecord.class)
                    .map(answer -> answer.body() == null
                            ? Panel.<InformantRecord>unavailable()
                            : Panel.of(List.of(answer.body())))
                    .onErrorResume(Failures.unavailablePanel(Backend.INTAKE))
                    .zipWith(names.current())
                    .map(read -> Rendering.view("fragments/informants :: manage")
                            .modelAttribute("token", token)
                            .modelAttribute("shortToken", Tokens.shorten(token))
                            .modelAttribute("record", read.getT1())
                            .modelAttribute("names", read.getT2())
                            .modelAttribute("today", today())
                            .modelAttribute("vocabulary", new VocabularyView())
                            .build());
        });
    }

    @PostMapping("/status")
    Mono<Rendering> status(ServerWebExchange exchange) {
        return change(
                exchange,
                "status",
                RosterChanges.STATUS_FIELDS,
                "/api/informants/status",
                StatusChange::from,
                form -> FieldErrors.none());
    }

    @PostMapping("/training")
    Mono<Rendering> training(ServerWebExchange exchange) {
        return change(
                exchange,
                "training",
                RosterChanges.TRAINING_FIELDS,
                "/api/informants/training",
                TrainingEntry::from,
                TrainingEntry::check);
    }

    @PostMapping("/contacts")
    Mono<Rendering> contact(ServerWebExchange exchange) {
        return change(
                exchange,
                "contact",
                RosterChanges.CONTACT_FIELDS,
                "/api/informants/contacts",
                ContactEntry::from,
                form -> FieldErrors.none());
    }

    private Mono<Rendering> change(
            ServerWebExchange exchange,
            String name,
            Set<String> fields,
            String uri,
            Function<FormValues, Object> body,
            Function<FormValues, FieldErrors> check) {
        return exchange.getFormData().map(FormValues::of).flatMap(form -> {
            FieldErrors found = check.apply(form);
            Mono<Sent> sent = found.isEmpty()
                    ? writes.send(Backend.INTAKE, HttpMethod.POST, uri, body.apply(form), Object.class)
                            .map(answer -> Sent.of(answer, fields, "informant." + name + ".done", null))
                            .onErrorResume(unavailable())
                    : Mono.just(Sent.invalid(found));
            return sent.map(outcome -> sent(outcome, name, fields)
                    .modelAttribute("token", form.text("informantToken", ""))
                    .modelAttribute("today", today())
                    .build());
        });
    }

    private Rendering.Builder<?> sent(Sent sent, String form, Set<String> fields) {
        Rendering.Builder<?> view = Rendering.view("fragments/informants :: changed")
                .modelAttribute("changed", form)
                .modelAttribute("sent", sent)
                .modelAttribute("fields", fields.stream().sorted().toList())
                .modelAttribute("vocabulary", new VocabularyView());
        return sent.accepted() ? view.header("HX-Trigger", CHANGED) : view;
    }

    private Rendering.Builder<?> withForms(Rendering.Builder<?> view, Panel<?> nodesRead) {
        return view.modelAttribute("nodes", nodesRead)
                .modelAttribute("today", today())
                .modelAttribute("vocabulary", new VocabularyView())
                .modelAttribute("fields", Appointment.FIELDS.stream().sorted().toList());
    }

    private Mono<RosterView> roster(String branch, Mono<NodeNames> known) {
        if (branch.isEmpty()) {
            return Mono.just(RosterView.notChosen());
        }
        return reads.get(Backend.INTAKE, "/api/informants?node={node}", body -> body.bodyToMono(Roster.class), branch)
                .zipWith(known)
                .map(read -> RosterView.of(read.getT1(), read.getT2()))
                .onErrorResume(Failures.instead(Backend.INTAKE, RosterView::unavailable));
    }

    private static @Nullable String tokenOf(Answer<Appointed> answer) {
        return answer.body() == null ? null : Tokens.shorten(answer.body().informantToken());
    }

    private static Function<Throwable, Mono<Sent>> unavailable() {
        return Failures.instead(Backend.INTAKE, () -> Sent.unavailable(Backend.INTAKE));
    }

    private String today() {
        return LocalDate.now(clock).toString();
    }
}
