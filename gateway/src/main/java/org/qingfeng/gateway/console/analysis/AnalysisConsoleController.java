package org.qingfeng.gateway.console.analysis;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.Backend;
import org.qingfeng.gateway.GatewayProperties;
import org.qingfeng.gateway.console.Answer;
import org.qingfeng.gateway.console.Failures;
import org.qingfeng.gateway.console.FormValues;
import org.qingfeng.gateway.console.NetworkNames;
import org.qingfeng.gateway.console.Periods;
import org.qingfeng.gateway.console.Reading;
import org.qingfeng.gateway.console.Sent;
import org.qingfeng.gateway.console.ServiceReads;
import org.qingfeng.gateway.console.ServiceWrites;
import org.springframework.context.MessageSource;
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
 * 月分析: analysis's month for a scope (the caller's own subtree when none is named; analysis
 * decides what the caller may see), its twelve-month trend, the findings with their evidence, and
 * the form that publishes a finding to disposal or to exchange.
 */
@Controller
@RequestMapping("/console/analysis")
class AnalysisConsoleController {

    private static final List<String> SEVERITIES = List.of("MINOR", "MODERATE", "SERIOUS", "GRAVE");

    private final ServiceReads reads;
    private final ServiceWrites writes;
    private final NetworkNames names;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;

    AnalysisConsoleController(
            ServiceReads reads,
            ServiceWrites writes,
            NetworkNames names,
            MessageSource messages,
            Clock clock,
            GatewayProperties properties) {
        this.reads = reads;
        this.writes = writes;
        this.names = names;
        this.messages = messages;
        this.clock = clock;
        this.zone = properties.console().zone();
    }

    @GetMapping
    Mono<Rendering> page(
            @RequestParam(required = false) @Nullable String month,
            @RequestParam(required = false) @Nullable String scope,
            Locale locale) {
        String chosen = Periods.month(month, LocalDate.now(clock.withZone(zone)));
        String branch = scope == null ? "" : scope.strip();
        Mono<Answer<Month>> monthRead = branch.isEmpty()
                ? reads.answer(Backend.ANALYSIS, "/api/analysis/months/{month}", Month.class, chosen)
                : reads.answer(
                        Backend.ANALYSIS, "/api/analysis/months/{month}?scope={scope}", Month.class, chosen, branch);
        Mono<Answer<Month.Trend>> trendRead = branch.isEmpty()
                ? reads.answer(Backend.ANALYSIS, "/api/analysis/trend?to={month}&months=12", Month.Trend.class, chosen)
                : reads.answer(
                        Backend.ANALYSIS,
                        "/api/analysis/trend?to={month}&months=12&scope={scope}",
                        Month.Trend.class,
                        chosen,
                        branch);
        return Mono.zip(
                        Reading.of(monthRead, Backend.ANALYSIS),
                        Reading.of(trendRead, Backend.ANALYSIS),
                        names.current())
                .map(read -> Rendering.view("analysis")
                        .modelAttribute("charts", true)
                        .modelAttribute("page", "analysis")
                        .modelAttribute("month", chosen)
                        .modelAttribute("previous", Periods.previousMonth(chosen))
                        .modelAttribute("scope", branch)
                        .modelAttribute(
                                "analysis",
                                AnalysisView.of(
                                        read.getT1(),
                                        read.getT2(),
                                        read.getT3(),
                                        code -> label("subject." + code, code, locale),
                                        code -> label(
                                                "channel." + code,
                                                label("entry.channel." + code, code, locale),
                                                locale),
                                        label("analysis.chart.items", "items", locale),
                                        label("analysis.chart.handled", "handled", locale),
                                        zone))
                        .modelAttribute("trendRead", read.getT2())
                        .modelAttribute("destinations", Publication.DESTINATIONS)
                        .modelAttribute("severities", SEVERITIES)
                        .build());
    }

    @PostMapping("/publish")
    Mono<Rendering> publish(ServerWebExchange exchange) {
        return exchange.getFormData().map(FormValues::of).flatMap(form -> writes.send(
                        Backend.ANALYSIS,
                        HttpMethod.POST,
                        "/api/analysis/findings",
                        Publication.from(form),
                        Object.class)
                .map(answer -> Sent.of(answer, Publication.FIELDS, "analysis.publish.done", null))
                .onErrorResume(Failures.instead(Backend.ANALYSIS, () -> Sent.unavailable(Backend.ANALYSIS)))
                .map(sent -> Rendering.view("fragments/analysis :: publish-sent")
                        .modelAttribute("sent", sent)
                        .modelAttribute("formId", "publish-" + row(form))
                        .modelAttribute(
                                "fields", Publication.FIELDS.stream().sorted().toList())
                        .modelAttribute("destination", form.text("destination", ""))
                        .build()));
    }

    private String label(String key, String fallback, Locale locale) {
        String label = messages.getMessage(key, null, fallback, locale);
        return label == null ? fallback : label;
    }

    private static String row(FormValues form) {
        String row = form.text("row", "0");
        return row.matches("\\d{1,5}") ? row : "0";
    }
}
