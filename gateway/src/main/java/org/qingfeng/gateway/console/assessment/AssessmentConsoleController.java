package org.qingfeng.gateway.console.assessment;

import java.time.Clock;
import java.time.Year;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.Backend;
import org.qingfeng.gateway.console.Failures;
import org.qingfeng.gateway.console.FieldErrors;
import org.qingfeng.gateway.console.FormValues;
import org.qingfeng.gateway.console.NetworkNames;
import org.qingfeng.gateway.console.NetworkNode;
import org.qingfeng.gateway.console.NetworkNodes;
import org.qingfeng.gateway.console.NodeNames;
import org.qingfeng.gateway.console.Notice;
import org.qingfeng.gateway.console.Panel;
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
 * 考核: analysis's ranking for a year (and optionally a branch of the network), and one decide form
 * per row that records the manager's verdict with intake. The decision is signed by the work
 * station's code until staff sign in (issue 4).
 */
@Controller
@RequestMapping("/console/assessment")
class AssessmentConsoleController {

    private final ServiceReads reads;
    private final ServiceWrites writes;
    private final NetworkNames names;
    private final NetworkNodes nodes;
    private final Clock clock;

    AssessmentConsoleController(
            ServiceReads reads, ServiceWrites writes, NetworkNames names, NetworkNodes nodes, Clock clock) {
        this.reads = reads;
        this.writes = writes;
        this.names = names;
        this.nodes = nodes;
        this.clock = clock;
    }

    @GetMapping
    Mono<Rendering> page(
            @RequestParam(required = false) @Nullable String year,
            @RequestParam(required = false) @Nullable String scope) {
        int chosen = year != null && year.strip().matches("\\d{4}")
                ? Integer.parseInt(year.strip())
                : Year.now(clock).getValue();
        String branch = scope == null ? "" : scope.strip();
        Mono<Panel<NetworkNode>> registry = nodes.current().cache();
        return Mono.zip(ranking(chosen, branch, registry.flatMap(names::from)), registry)
                .map(read -> Rendering.view("assessment")
                        .modelAttribute("page", "assessment")
                        .modelAttribute("year", chosen)
                        .modelAttribute("years", List.of(chosen - 2, chosen - 1, chosen, chosen + 1))
                        .modelAttribute("branch", branch)
                        .modelAttribute("assessment", read.getT1())
                        .modelAttribute("nodes", read.getT2())
                        .modelAttribute("verdicts", Decision.VERDICTS)
                        .build());
    }

    @PostMapping("/decide")
    Mono<Rendering> decide(ServerWebExchange exchange) {
        return Mono.zip(exchange.getFormData().map(FormValues::of), names.current())
                .flatMap(read -> {
                    FormValues form = read.getT1();
                    FieldErrors found = Decision.check(form);
                    if (!found.isEmpty()) {
                        return Mono.just(view(Sent.invalid(found), form));
                    }
                    return read.getT2()
                            .workStationCode()
                            .map(station -> send(Decision.from(form, station), form))
                            .orElseGet(() -> Mono.just(view(noWorkStation(), form)));
                });
    }

    private Mono<Rendering> send(Decision decision, FormValues form) {
        return writes.send(Backend.INTAKE, HttpMethod.POST, "/api/informants/decisions", decision, Object.class)
                .map(answer -> Sent.of(answer, Decision.FIELDS, "assessment.decide.done", null))
                .onErrorResume(Failures.instead(Backend.INTAKE, () -> Sent.unavailable(Backend.INTAKE)))
                .map(sent -> view(sent, form));
    }

    private static Rendering view(Sent sent, FormValues form) {
        String row = form.text("row", "0");
        return Rendering.view("fragments/assessment :: decide-sent")
                .modelAttribute("sent", sent)
                .modelAttribute("formId", "decide-" + (row.matches("\\d{1,5}") ? row : "0"))
                .modelAttribute("fields", Decision.FIELDS.stream().sorted().toList())
                .modelAttribute("verdict", form.text("verdict", ""))
                .build();
    }

    private static Sent noWorkStation() {
        return new Sent(false, Notice.error("assessment.decide.nostation", List.of()), FieldErrors.none());
    }

    private Mono<AssessmentView> ranking(int year, String branch, Mono<NodeNames> known) {
        Mono<Ranking> ranking = branch.isEmpty()
                ? reads.get(Backend.ANALYSIS, "/api/assessments/{year}", body -> body.bodyToMono(Ranking.class), year)
                : reads.get(
                        Backend.ANALYSIS,
                        "/api/assessments/{year}?scope={scope}",
                        body -> body.bodyToMono(Ranking.class),
                        year,
                        branch);
        return ranking.zipWith(known)
                .map(read -> AssessmentView.of(read.getT1(), read.getT2()))
                .onErrorResume(Failures.instead(Backend.ANALYSIS, AssessmentView::unavailable));
    }
}
