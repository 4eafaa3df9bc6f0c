package org.qingfeng.gateway.console.index;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.Backend;
import org.qingfeng.gateway.GatewayProperties;
import org.qingfeng.gateway.console.Answer;
import org.qingfeng.gateway.console.Chart;
import org.qingfeng.gateway.console.NetworkNames;
import org.qingfeng.gateway.console.Periods;
import org.qingfeng.gateway.console.Reading;
import org.qingfeng.gateway.console.ServiceReads;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import reactor.core.publisher.Mono;

/**
 * 廉情指数: the quarter's index rows under a method (analysis's default when none is chosen), each
 * row expandable to its deductions, and a node's trend as chart JSON, fetched when its row opens.
 */
@Controller
@RequestMapping("/console/index")
class IndexConsoleController {

    private final ServiceReads reads;
    private final NetworkNames names;
    private final MessageSource messages;
    private final Clock clock;
    private final ZoneId zone;

    IndexConsoleController(
            ServiceReads reads, NetworkNames names, MessageSource messages, Clock clock, GatewayProperties properties) {
        this.reads = reads;
        this.names = names;
        this.messages = messages;
        this.clock = clock;
        this.zone = properties.console().zone();
    }

    @GetMapping
    Mono<Rendering> page(
            @RequestParam(required = false) @Nullable String quarter,
            @RequestParam(required = false) @Nullable String method,
            @RequestParam(required = false) @Nullable String scope) {
        String chosen = Periods.quarter(quarter, LocalDate.now(clock.withZone(zone)));
        String version = method == null || !method.strip().matches("[A-Za-z0-9._-]{1,40}") ? "" : method.strip();
        String branch = scope == null ? "" : scope.strip();
        List<String> variables = new ArrayList<>(List.of(chosen));
        if (!version.isEmpty()) {
            variables.add(version);
        }
        if (!branch.isEmpty()) {
            variables.add(branch);
        }
        Mono<Answer<IndexRead>> rows = reads.answer(
                Backend.ANALYSIS,
                "/api/index/{quarter}" + query(version, branch),
                IndexRead.class,
                variables.toArray());
        Mono<Answer<IndexRead.Methods>> methods =
                reads.answer(Backend.ANALYSIS, "/api/index/methods", IndexRead.Methods.class);
        return Mono.zip(Reading.of(rows, Backend.ANALYSIS), Reading.of(methods, Backend.ANALYSIS), names.current())
                .map(read -> Rendering.view("index")
                        .modelAttribute("charts", true)
                        .modelAttribute("page", "index")
                        .modelAttribute("quarter", chosen)
                        .modelAttribute("previous", Periods.previousQuarter(chosen))
                        .modelAttribute("method", version)
                        .modelAttribute("scope", branch)
                        .modelAttribute("reading", read.getT1())
                        .modelAttribute(
                                "methods",
                                read.getT2().shown() && read.getT2().body() != null
                                        ? read.getT2().body().methods()
                                        : List.of())
                        .modelAttribute("names", read.getT3())
                        .build());
    }

    /**
     * One node's trend as chart JSON for {@code charts.js}: integrity and completeness per quarter.
     * 502 when analysis refused or could not be read, which the chart shows as unavailable.
     */
    @GetMapping("/trend")
    Mono<ResponseEntity<Chart>> trend(
            @RequestParam String node,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String method,
            Locale locale) {
        String until = Periods.quarter(to, LocalDate.now(clock.withZone(zone)));
        String version = method == null || !method.matches("[A-Za-z0-9._-]{1,40}") ? "" : method;
        String uri = "/api/index/trend?node={node}&to={to}&quarters=8" + (version.isEmpty() ? "" : "&method={method}");
        return Reading.of(
                        reads.answer(Backend.ANALYSIS, uri, IndexRead.Trend.class, node, until, version),
                        Backend.ANALYSIS)
                .map(reading -> {
                    IndexRead.Trend trend = reading.body();
                    if (!reading.shown() || trend == null) {
                        return ResponseEntity.status(HttpStatus.BAD_GATEWAY).build();
                    }
                    return ResponseEntity.ok(Chart.of(
                            "line",
                            trend.points().stream()
                                    .map(p -> p.quarter() == null ? "" : p.quarter())
                                    .toList(),
                            new Chart.Series(
                                    label("index.integrity", locale),
                                    trend.points().stream()
                                            .map(p -> (Number) orZero(p.integrity()))
                                            .toList()),
                            new Chart.Series(
                                    label("index.completeness", locale),
                                    trend.points().stream()
                                            .map(p -> (Number) orZero(p.completeness()))
                                            .toList())));
                });
    }

    /** The query of the rows' read: only the parameters chosen, in the order of their variables. */
    private static String query(String method, String scope) {
        if (method.isEmpty() && scope.isEmpty()) {
            return "";
        }
        if (scope.isEmpty()) {
            return "?method={method}";
        }
        return method.isEmpty() ? "?scope={scope}" : "?method={method}&scope={scope}";
    }

    private static BigDecimal orZero(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private String label(String key, Locale locale) {
        String label = messages.getMessage(key, null, key, locale);
        return label == null ? key : label;
    }
}
