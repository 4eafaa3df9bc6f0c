package org.qingfeng.gateway.console.period;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.Backend;
import org.qingfeng.gateway.GatewayProperties;
import org.qingfeng.gateway.console.Answer;
import org.qingfeng.gateway.console.Failures;
import org.qingfeng.gateway.console.FormValues;
import org.qingfeng.gateway.console.LocalTimes;
import org.qingfeng.gateway.console.Periods;
import org.qingfeng.gateway.console.Reading;
import org.qingfeng.gateway.console.Sent;
import org.qingfeng.gateway.console.ServiceReads;
import org.qingfeng.gateway.console.ServiceWrites;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * 期间: the close state of a year's months and quarters (one read per period, four at a time), and
 * one period's versions, frozen figures, changes and live differences, with the close button and
 * the reopen form (the reason is required; analysis checks its length). The station closed is the
 * caller's node: analysis takes it from the token.
 */
@Controller
@RequestMapping("/console/periods")
class PeriodsConsoleController {

    private static final int AT_ONCE = 4;

    private final ServiceReads reads;
    private final ServiceWrites writes;
    private final Clock clock;
    private final ZoneId zone;

    PeriodsConsoleController(ServiceReads reads, ServiceWrites writes, Clock clock, GatewayProperties properties) {
        this.reads = reads;
        this.writes = writes;
        this.clock = clock;
        this.zone = properties.console().zone();
    }

    @GetMapping
    Mono<Rendering> year(@RequestParam(required = false) @Nullable String year) {
        int chosen = year != null && year.strip().matches("\\d{4}")
                ? Integer.parseInt(year.strip())
                : Year.now(clock.withZone(zone)).getValue();
        return Flux.fromIterable(Periods.of(chosen))
                .flatMapSequential(
                        period -> read(period, null).map(reading -> YearLine.of(period, reading, zone)), AT_ONCE)
                .collectList()
                .map(lines -> Rendering.view("periods")
                        .modelAttribute("page", "periods")
                        .modelAttribute("year", chosen)
                        .modelAttribute("years", List.of(chosen - 1, chosen, chosen + 1))
                        .modelAttribute("lines", lines)
                        .modelAttribute("available", lines.stream().allMatch(YearLine::available))
                        .build());
    }

    @GetMapping("/{period}")
    Mono<Rendering> period(@PathVariable String period, @RequestParam(required = false) @Nullable String version) {
        if (!Periods.isPeriod(period)) {
            return Mono.just(Rendering.view("period")
                    .status(HttpStatus.NOT_FOUND)
                    .modelAttribute("page", "periods")
                    .modelAttribute("period", "")
                    .modelAttribute("reading", Reading.unavailable(Backend.ANALYSIS))
                    .modelAttribute("unknownPeriod", true)
                    .build());
        }
        String chosen = version != null && version.matches("\\d{1,6}") ? version : null;
        return read(period, chosen).map(reading -> Rendering.view("period")
                .modelAttribute("page", "periods")
                .modelAttribute("period", period)
                .modelAttribute("year", period.substring(0, 4))
                .modelAttribute("reading", reading)
                .modelAttribute("unknownPeriod", false)
                .modelAttribute("times", new Times(zone))
                .build());
    }

    @PostMapping("/close")
    Mono<Rendering> close(ServerWebExchange exchange) {
        return exchange.getFormData()
                .map(FormValues::of)
                .flatMap(form -> change(
                        "/api/periods/close", new PeriodChange(form.text("period", ""), null), "periods.close.done"));
    }

    @PostMapping("/reopen")
    Mono<Rendering> reopen(ServerWebExchange exchange) {
        return exchange.getFormData()
                .map(FormValues::of)
                .flatMap(form -> change(
                        "/api/periods/reopen",
                        new PeriodChange(form.text("period", ""), form.text("reason")),
                        "periods.reopen.done"));
    }

    private Mono<Rendering> change(String uri, PeriodChange body, String successKey) {
        return writes.send(Backend.ANALYSIS, HttpMethod.POST, uri, body, Changed.class)
                .map(answer -> Sent.of(answer, PeriodChange.FIELDS, successKey, version(answer)))
                .onErrorResume(Failures.instead(Backend.ANALYSIS, () -> Sent.unavailable(Backend.ANALYSIS)))
                .map(sent -> Rendering.view("fragments/period :: change-sent")
                        .modelAttribute("sent", sent)
                        .modelAttribute("formId", uri.endsWith("close") ? "close-form" : "reopen-form")
                        .modelAttribute(
                                "fields", PeriodChange.FIELDS.stream().sorted().toList())
                        .modelAttribute("period", body.period())
                        .build());
    }

    private Mono<Reading<PeriodRead>> read(String period, @Nullable String version) {
        Mono<Answer<PeriodRead>> answer = version == null
                ? reads.answer(Backend.ANALYSIS, "/api/periods/{period}", PeriodRead.class, period)
                : reads.answer(
                        Backend.ANALYSIS, "/api/periods/{period}?version={version}", PeriodRead.class, period, version);
        return Reading.of(answer, Backend.ANALYSIS);
    }

    private static String version(Answer<Changed> answer) {
        Changed changed = answer.body();
        return changed == null || changed.version() == null
                ? ""
                : changed.version().toString();
    }

    /** Analysis's answer to a close or reopen: the period and its new version. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Changed(@Nullable String period, @Nullable Long version) {}

    /** Public for the template: an instant in the console's zone, to the minute. */
    record Times(ZoneId zone) {

        public String at(PeriodRead.Version version) {
            return LocalTimes.format(version.at(), zone);
        }
    }
}
