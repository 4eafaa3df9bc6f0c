package org.qingfeng.gateway.console.triage;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.Backend;
import org.qingfeng.gateway.GatewayProperties;
import org.qingfeng.gateway.console.Answer;
import org.qingfeng.gateway.console.Failures;
import org.qingfeng.gateway.console.FormValues;
import org.qingfeng.gateway.console.NetworkNames;
import org.qingfeng.gateway.console.Periods;
import org.qingfeng.gateway.console.Problem;
import org.qingfeng.gateway.console.Reading;
import org.qingfeng.gateway.console.Sent;
import org.qingfeng.gateway.console.ServiceReads;
import org.qingfeng.gateway.console.ServiceWrites;
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
 * 研判: analysis's triage board for a month, read with the reviewer's token (analysis keeps off the
 * items the reviewer is excluded from and says how many), a decide form per item, and the panel of
 * the reviewer's own declared conflicts of interest.
 */
@Controller
@RequestMapping("/console/triage")
class TriageConsoleController {

    static final String CONFLICTS_CHANGED = "conflicts-changed";
    private static final List<String> STATES = List.of("OPEN", "DECIDED", "ALL");

    private final ServiceReads reads;
    private final ServiceWrites writes;
    private final NetworkNames names;
    private final Clock clock;
    private final ZoneId zone;

    TriageConsoleController(
            ServiceReads reads, ServiceWrites writes, NetworkNames names, Clock clock, GatewayProperties properties) {
        this.reads = reads;
        this.writes = writes;
        this.names = names;
        this.clock = clock;
        this.zone = properties.console().zone();
    }

    @GetMapping
    Mono<Rendering> page(
            @RequestParam(required = false) @Nullable String month,
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(required = false) @Nullable String township) {
        String chosen = Periods.month(month, LocalDate.now(clock.withZone(zone)));
        String shown = state != null && STATES.contains(state) ? state : "OPEN";
        String place = township == null || township.isBlank() ? "" : township.strip();
        Mono<Answer<Board>> board = place.isEmpty()
                ? reads.answer(
                        Backend.ANALYSIS, "/api/triage/board?month={month}&state={state}", Board.class, chosen, shown)
                : reads.answer(
                        Backend.ANALYSIS,
                        "/api/triage/board?month={month}&state={state}&township={township}",
                        Board.class,
                        chosen,
                        shown,
                        place);
        return Mono.zip(Reading.of(board, Backend.ANALYSIS), conflicts(), names.current())
                .map(read -> Rendering.view("triage")
                        .modelAttribute("page", "triage")
                        .modelAttribute("month", chosen)
                        .modelAttribute("previous", Periods.previousMonth(chosen))
                        .modelAttribute("state", shown)
                        .modelAttribute("states", STATES)
                        .modelAttribute("township", place)
                        .modelAttribute("board", TriageView.of(read.getT1(), read.getT3(), zone))
                        .modelAttribute("conflicts", read.getT2())
                        .modelAttribute("decisions", TriageDecision.DECISIONS)
                        .modelAttribute("severities", TriageDecision.SEVERITIES)
                        .modelAttribute("riskCategories", TriageDecision.RISK_CATEGORIES)
                        .modelAttribute("subjects", SUBJECTS)
                        .modelAttribute("conflictKinds", ConflictDeclaration.KINDS)
                        .build());
    }

    /** The catalogue's six subject areas, named by the page's messages ({@code subject.*}). */
    static final List<String> SUBJECTS = List.of(
            "self-discipline",
            "work-style",
            "medical-ethics",
            "project-approval",
            "law-enforcement",
            "development-environment");

    @PostMapping("/decide")
    Mono<Rendering> decide(ServerWebExchange exchange) {
        return exchange.getFormData().map(FormValues::of).flatMap(form -> {
            TriageDecision decision = TriageDecision.from(form);
            return writes.send(Backend.ANALYSIS, HttpMethod.POST, "/api/triage", decision, Decided.class)
                    .map(answer -> Sent.of(
                            withFormFields(answer), TriageDecision.FIELDS, "triage.decide.done", sequence(answer)))
                    .onErrorResume(Failures.instead(Backend.ANALYSIS, () -> Sent.unavailable(Backend.ANALYSIS)))
                    .map(sent -> Rendering.view("fragments/triage :: decide-sent")
                            .modelAttribute("sent", sent)
                            .modelAttribute("formId", "triage-" + row(form))
                            .modelAttribute(
                                    "fields",
                                    TriageDecision.FIELDS.stream().sorted().toList())
                            .modelAttribute("decision", form.text("decision", ""))
                            .build());
        });
    }

    @GetMapping("/conflicts")
    Mono<Rendering> conflictsPanel() {
        return conflicts().map(read -> Rendering.view("fragments/triage :: conflicts")
                .modelAttribute("conflicts", read)
                .modelAttribute("conflictKinds", ConflictDeclaration.KINDS)
                .build());
    }

    @PostMapping("/conflicts")
    Mono<Rendering> declare(ServerWebExchange exchange) {
        return exchange.getFormData()
                .map(FormValues::of)
                .flatMap(form -> conflictSent(
                        "/api/triage/conflicts", ConflictDeclaration.from(form), "triage.conflict.declared"));
    }

    @PostMapping("/conflicts/withdrawal")
    Mono<Rendering> withdraw(ServerWebExchange exchange) {
        return exchange.getFormData()
                .map(FormValues::of)
                .flatMap(form -> conflictSent(
                        "/api/triage/conflicts/withdrawal",
                        new ConflictDeclaration.Withdrawal(form.text("conflictId")),
                        "triage.conflict.withdrawn"));
    }

    /**
     * The reviewer's names, one per line, sent to intake, which keeps only keyed digests and hides
     * every item naming one of them from this reviewer. The names are never shown again, not even here.
     */
    @PostMapping("/names")
    Mono<Rendering> registerNames(ServerWebExchange exchange) {
        return exchange.getFormData().map(FormValues::of).flatMap(form -> writes.send(
                        Backend.INTAKE,
                        HttpMethod.PUT,
                        "/api/reviewers/names",
                        new ReviewerNames(ReviewerNames.lines(form.text("names", ""))),
                        Object.class)
                .map(answer -> Sent.of(answer, ReviewerNames.FIELDS, "triage.names.registered", null))
                .onErrorResume(Failures.instead(Backend.INTAKE, () -> Sent.unavailable(Backend.INTAKE)))
                .map(sent -> Rendering.view("fragments/triage :: conflict-sent")
                        .modelAttribute("sent", sent)
                        .modelAttribute("formId", "names-form")
                        .modelAttribute("fields", List.copyOf(ReviewerNames.FIELDS))
                        .build()));
    }

    private Mono<Rendering> conflictSent(String uri, Object body, String successKey) {
        return writes.send(Backend.ANALYSIS, HttpMethod.POST, uri, body, Object.class)
                .map(answer -> Sent.of(answer, ConflictDeclaration.FIELDS, successKey, null))
                .onErrorResume(Failures.instead(Backend.ANALYSIS, () -> Sent.unavailable(Backend.ANALYSIS)))
                .map(sent -> {
                    Rendering.Builder<?> view = Rendering.view("fragments/triage :: conflict-sent")
                            .modelAttribute("sent", sent)
                            .modelAttribute("formId", "conflict-form")
                            .modelAttribute(
                                    "fields",
                                    ConflictDeclaration.FIELDS.stream().sorted().toList())
                            .modelAttribute("conflictKinds", ConflictDeclaration.KINDS);
                    return sent.accepted()
                            ? view.header("HX-Trigger", CONFLICTS_CHANGED).build()
                            : view.build();
                });
    }

    private Mono<Reading<Conflicts>> conflicts() {
        return Reading.of(reads.answer(Backend.ANALYSIS, "/api/triage/conflicts", Conflicts.class), Backend.ANALYSIS);
    }

    /** Analysis names the classification's boxes {@code classification.severity}: put them beside theirs. */
    private static Answer<Decided> withFormFields(Answer<Decided> answer) {
        Problem problem = answer.problem();
        if (problem == null) {
            return answer;
        }
        List<Problem.FieldError> errors = problem.errors().stream()
                .map(error -> new Problem.FieldError(
                        error.field() == null ? null : TriageDecision.fieldOf(error.field()), error.message()))
                .toList();
        return new Answer<>(
                answer.status(),
                answer.body(),
                new Problem(problem.title(), problem.detail(), problem.status(), errors));
    }

    private static @Nullable String sequence(Answer<Decided> answer) {
        Decided decided = answer.body();
        return decided == null || decided.sequence() == null
                ? ""
                : decided.sequence().toString();
    }

    private static String row(FormValues form) {
        String row = form.text("row", "0");
        return row.matches("\\d{1,5}") ? row : "0";
    }

    /** Analysis's answer to a decision: the item and the decision's sequence. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Decided(@Nullable String itemId, @Nullable Long sequence) {}
}
