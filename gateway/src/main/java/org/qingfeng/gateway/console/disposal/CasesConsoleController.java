package org.qingfeng.gateway.console.disposal;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.Backend;
import org.qingfeng.gateway.GatewayProperties;
import org.qingfeng.gateway.console.Answer;
import org.qingfeng.gateway.console.Chart;
import org.qingfeng.gateway.console.DisposalCase;
import org.qingfeng.gateway.console.Failures;
import org.qingfeng.gateway.console.FieldErrors;
import org.qingfeng.gateway.console.FormValues;
import org.qingfeng.gateway.console.NetworkNames;
import org.qingfeng.gateway.console.Notice;
import org.qingfeng.gateway.console.Problem;
import org.qingfeng.gateway.console.Reading;
import org.qingfeng.gateway.console.RecentCases;
import org.qingfeng.gateway.console.Sent;
import org.qingfeng.gateway.console.ServiceReads;
import org.qingfeng.gateway.console.ServiceWrites;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
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
 * 处置案件: the cases in the caller's scope by colour (a chart of the counts) and as disposal sorts
 * them (overdue first, then the nearest deadline), filtered by state, colour and ladder; the
 * DISPOSAL findings a case can be opened for by hand; and a case's page with its history, notices
 * and the station's actions. Disposal decides scope (out of scope = 404) and what a state allows
 * (409); the security configuration keeps the pages to station and township staff and the changes
 * to the station.
 */
@Controller
@RequestMapping("/console/cases")
class CasesConsoleController {

    private static final int PAGE_ROWS = 200;
    private static final String STATION = "ROLE_WORK_STATION_STAFF";

    private final ServiceReads reads;
    private final ServiceWrites writes;
    private final NetworkNames names;
    private final MessageSource messages;
    private final ZoneId zone;

    CasesConsoleController(
            ServiceReads reads,
            ServiceWrites writes,
            NetworkNames names,
            MessageSource messages,
            GatewayProperties properties) {
        this.reads = reads;
        this.writes = writes;
        this.names = names;
        this.messages = messages;
        this.zone = properties.console().zone();
    }

    @GetMapping
    Mono<Rendering> page(
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(required = false) @Nullable String colour,
            @RequestParam(required = false) @Nullable String ladder,
            ServerWebExchange exchange,
            Locale locale) {
        Filter filter = Filter.of(state, colour, ladder);
        Mono<List<FindingLine>> findings =
                isStation(exchange).flatMap(station -> station ? findings() : Mono.just(List.<FindingLine>of()));
        return Mono.zip(list(filter), findings, isStation(exchange)).map(read -> Rendering.view("cases")
                .modelAttribute("page", "cases")
                .modelAttribute("charts", true)
                .modelAttribute("filter", filter)
                .modelAttribute("cases", read.getT1())
                .modelAttribute("lines", lines(read.getT1()))
                .modelAttribute("chart", chart(read.getT1(), locale))
                .modelAttribute("findings", read.getT2())
                .modelAttribute("station", read.getT3())
                .modelAttribute("colours", Colours.ALL)
                .modelAttribute("ladders", Colours.LADDERS)
                .modelAttribute("states", Colours.STATES)
                .build());
    }

    /** htmx fragment: the table again for the chosen filter. */
    @GetMapping("/list")
    Mono<Rendering> list(
            @RequestParam(required = false) @Nullable String state,
            @RequestParam(required = false) @Nullable String colour,
            @RequestParam(required = false) @Nullable String ladder) {
        Filter filter = Filter.of(state, colour, ladder);
        return list(filter).map(read -> Rendering.view("fragments/cases :: table")
                .modelAttribute("cases", read)
                .modelAttribute("lines", lines(read))
                .build());
    }

    @PostMapping("/open")
    Mono<Rendering> open(ServerWebExchange exchange) {
        return exchange.getFormData().map(FormValues::of).flatMap(form -> {
            String findingId = form.text("findingId");
            String formId = "open-" + (CaseIds.isId(findingId) ? findingId : "finding");
            if (!CaseIds.isId(findingId)) {
                return Mono.just(sent(
                        formId,
                        Sent.invalid(FieldErrors.of(Map.of("ladder", "没有这个发现 / No such finding"))),
                        CaseForms.OPEN_FIELDS));
            }
            return change("/api/cases", CaseForms.opening(form), CaseForms.OPEN_FIELDS, "cases.open.done")
                    .map(sent -> sent(formId, sent, CaseForms.OPEN_FIELDS));
        });
    }

    @GetMapping("/{caseId}")
    Mono<Rendering> detail(@PathVariable String caseId, ServerWebExchange exchange) {
        if (!CaseIds.isId(caseId)) {
            return Mono.just(missing(
                    new Reading<DisposalCase>(Backend.DISPOSAL.id(), true, 404, null, Problem.bare(404)),
                    HttpStatus.NOT_FOUND));
        }
        return Mono.zip(
                        Reading.of(
                                reads.answer(Backend.DISPOSAL, "/api/cases/{caseId}", DisposalCase.class, caseId),
                                Backend.DISPOSAL),
                        isStation(exchange))
                .map(read -> {
                    Reading<DisposalCase> reading = read.getT1();
                    DisposalCase found = reading.body();
                    if (!reading.shown() || found == null) {
                        return missing(reading, HttpStatus.valueOf(reading.available() ? reading.status() : 503));
                    }
                    return Rendering.view("case")
                            .modelAttribute("page", "cases")
                            .modelAttribute("back", "/console/cases")
                            .modelAttribute("kase", CasePage.from(found, zone))
                            .modelAttribute("station", read.getT2())
                            .modelAttribute("inbox", false)
                            .header(HttpHeaders.CACHE_CONTROL, "no-store")
                            .build();
                });
    }

    @PostMapping("/{caseId}/talks")
    Mono<Rendering> talk(@PathVariable String caseId, ServerWebExchange exchange) {
        return act(caseId, exchange, "talk-form", CaseForms.TALK_FIELDS, form -> {
            FieldErrors errors = CaseForms.talkErrors(form, zone);
            return errors.isEmpty()
                    ? change(
                            "/api/cases/" + caseId + "/talks",
                            CaseForms.talk(form, zone),
                            CaseForms.TALK_FIELDS,
                            "cases.talk.done")
                    : Mono.just(Sent.invalid(errors));
        });
    }

    @PostMapping("/{caseId}/talk-records")
    Mono<Rendering> talkRecord(@PathVariable String caseId, ServerWebExchange exchange) {
        return act(
                caseId,
                exchange,
                "talk-record-form",
                CaseForms.TALK_RECORD_FIELDS,
                form -> change(
                        "/api/cases/" + caseId + "/talk-records",
                        CaseForms.talkRecord(form),
                        CaseForms.TALK_RECORD_FIELDS,
                        "cases.talkRecord.done"));
    }

    @PostMapping("/{caseId}/verification")
    Mono<Rendering> verify(@PathVariable String caseId, ServerWebExchange exchange) {
        return act(
                caseId,
                exchange,
                "verify-form",
                CaseForms.VERIFY_FIELDS,
                form -> change(
                        "/api/cases/" + caseId + "/verification",
                        CaseForms.verification(form),
                        CaseForms.VERIFY_FIELDS,
                        "cases.verify.done"));
    }

    @PostMapping("/{caseId}/referral")
    Mono<Rendering> refer(@PathVariable String caseId, ServerWebExchange exchange) {
        return act(
                caseId,
                exchange,
                "refer-form",
                CaseForms.REFER_FIELDS,
                form -> change(
                        "/api/cases/" + caseId + "/referral",
                        CaseForms.referral(form),
                        CaseForms.REFER_FIELDS,
                        "cases.refer.done"));
    }

    private Mono<Rendering> act(
            String caseId,
            ServerWebExchange exchange,
            String formId,
            Set<String> fields,
            Function<FormValues, Mono<Sent>> send) {
        if (!CaseIds.isId(caseId)) {
            return Mono.just(sent(
                    formId, new Sent(false, Notice.error("reading.notfound", List.of()), FieldErrors.none()), fields));
        }
        return exchange.getFormData().map(FormValues::of).flatMap(send).map(sent -> sent(formId, sent, fields));
    }

    private Mono<Sent> change(String uri, Object body, Set<String> fields, String successKey) {
        return writes.send(Backend.DISPOSAL, HttpMethod.POST, uri, body, CaseForms.Stepped.class)
                .map(answer -> CaseForms.outcome(answer, fields, successKey))
                .onErrorResume(Failures.instead(Backend.DISPOSAL, () -> Sent.unavailable(Backend.DISPOSAL)));
    }

    static Rendering sent(String formId, Sent sent, Set<String> fields) {
        return Rendering.view("fragments/cases :: sent")
                .modelAttribute("sent", sent)
                .modelAttribute("formId", formId)
                .modelAttribute("fields", fields.stream().sorted().toList())
                .build();
    }

    private Mono<Reading<RecentCases>> list(Filter filter) {
        List<Object> values = new ArrayList<>();
        values.add(PAGE_ROWS);
        StringBuilder uri = new StringBuilder("/api/cases?limit={limit}&state={state}");
        values.add(filter.state());
        if (!filter.colour().isEmpty()) {
            uri.append("&colour={colour}");
            values.add(filter.colour());
        }
        if (!filter.ladder().isEmpty()) {
            uri.append("&ladder={ladder}");
            values.add(filter.ladder());
        }
        return Reading.of(
                reads.answer(Backend.DISPOSAL, uri.toString(), RecentCases.class, values.toArray()), Backend.DISPOSAL);
    }

    private List<CaseLine> lines(Reading<RecentCases> read) {
        RecentCases body = read.shown() ? read.body() : null;
        return body == null
                ? List.of()
                : body.cases().stream().map(c -> CaseLine.from(c, zone)).toList();
    }

    private Chart chart(Reading<RecentCases> read, Locale locale) {
        RecentCases body = read.shown() ? read.body() : null;
        if (body == null) {
            return Chart.of("bar", List.of());
        }
        List<String> labels = Colours.ALL.stream()
                .map(colour -> label("colour." + colour, colour, locale))
                .toList();
        return Chart.of(
                "bar",
                labels,
                new Chart.Series(
                        label("cases.chart.count", "cases", locale),
                        Colours.counts(body.counts()).stream()
                                .map(count -> (Number) count)
                                .toList()));
    }

    private Mono<List<FindingLine>> findings() {
        return Mono.zip(
                        reads.answer(
                                Backend.DISPOSAL,
                                "/api/disposal/findings?destination=DISPOSAL",
                                DisposalFinding.Findings.class),
                        names.current())
                .map(read -> {
                    Answer<DisposalFinding.Findings> answer = read.getT1();
                    DisposalFinding.Findings body = answer.body();
                    if (!answer.isAccepted() || body == null) {
                        return List.<FindingLine>of();
                    }
                    return body.findings().stream()
                            .filter(finding -> CaseIds.isId(finding.findingId()))
                            .map(finding -> FindingLine.from(finding, read.getT2(), zone))
                            .toList();
                })
                .onErrorResume(Failures.instead(Backend.DISPOSAL, List::of));
    }

    private String label(String key, String fallback, Locale locale) {
        String label = messages.getMessage(key, null, fallback, locale);
        return label == null ? fallback : label;
    }

    private static Rendering missing(Reading<DisposalCase> reading, HttpStatus status) {
        return Rendering.view("case-missing")
                .status(status)
                .modelAttribute("page", "cases")
                .modelAttribute("reading", reading)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /** Whether the caller acts for the work station, who alone may change a case or open one. */
    static Mono<Boolean> isStation(ServerWebExchange exchange) {
        return holds(exchange, STATION);
    }

    /** Whether the caller holds {@code authority} ({@code ROLE_…}); the pages offer forms by it. */
    static Mono<Boolean> holds(ServerWebExchange exchange, String authority) {
        return exchange.getPrincipal()
                .filter(Authentication.class::isInstance)
                .map(principal -> ((Authentication) principal)
                        .getAuthorities().stream().anyMatch(held -> authority.equals(held.getAuthority())))
                .defaultIfEmpty(false);
    }

    /** The table's filter: only values the page offers reach disposal, anything else is no filter. */
    record Filter(String state, String colour, String ladder) {

        static Filter of(@Nullable String state, @Nullable String colour, @Nullable String ladder) {
            return new Filter(
                    Colours.offered(Colours.STATES, state) ? state : "OPEN",
                    Colours.offered(Colours.ALL, colour) ? colour : "",
                    Colours.offered(Colours.LADDERS, ladder) ? ladder : "");
        }
    }
}
