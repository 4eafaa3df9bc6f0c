package org.qingfeng.gateway.console.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.Backend;
import org.qingfeng.gateway.GatewayProperties;
import org.qingfeng.gateway.console.Failures;
import org.qingfeng.gateway.console.NetworkNames;
import org.qingfeng.gateway.console.NodeNames;
import org.qingfeng.gateway.console.Panel;
import org.qingfeng.gateway.console.ServiceReads;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import reactor.core.publisher.Mono;

/**
 * 报送: the windows closing in a range, per reporting unit, from intake; and disposal's signals
 * about late and missing reports. Each panel stands alone when the other's service is down.
 */
@Controller
class ReportingConsoleController {

    /** How many of disposal's latest signals the page lists. */
    static final int SIGNALS = 50;

    private final ServiceReads reads;
    private final NetworkNames names;
    private final Clock clock;
    private final ZoneId zone;

    ReportingConsoleController(ServiceReads reads, NetworkNames names, Clock clock, GatewayProperties properties) {
        this.reads = reads;
        this.names = names;
        this.clock = clock;
        this.zone = properties.console().zone();
    }

    @GetMapping("/console/reporting")
    Mono<Rendering> page(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String unit) {
        ReportingRange range = ReportingRange.of(from, to, LocalDate.now(clock));
        String chosenUnit = unit == null ? "" : unit.strip();
        return names.current().flatMap(known -> Mono.zip(windows(range, chosenUnit, known), signals(known))
                .map(read -> Rendering.view("reporting")
                        .modelAttribute("page", "reporting")
                        .modelAttribute("range", range)
                        .modelAttribute("unit", chosenUnit)
                        .modelAttribute("reporting", read.getT1())
                        .modelAttribute("signals", read.getT2())
                        .build()));
    }

    private Mono<ReportingView> windows(ReportingRange range, String unit, NodeNames known) {
        Mono<Windows> windows = unit.isEmpty()
                ? reads.get(
                        Backend.INTAKE,
                        "/api/reporting/windows?from={from}&to={to}",
                        body -> body.bodyToMono(Windows.class),
                        range.from(),
                        range.to())
                : reads.get(
                        Backend.INTAKE,
                        "/api/reporting/windows?from={from}&to={to}&unit={unit}",
                        body -> body.bodyToMono(Windows.class),
                        range.from(),
                        range.to(),
                        unit);
        return windows.map(read -> ReportingView.of(read, known, zone))
                .onErrorResume(Failures.instead(Backend.INTAKE, ReportingView::unavailable));
    }

    private Mono<Panel<SignalLine>> signals(NodeNames known) {
        return reads.get(
                        Backend.DISPOSAL,
                        "/api/reporting-signals?limit={limit}",
                        body -> body.bodyToMono(Signals.class),
                        SIGNALS)
                .map(read -> Panel.of(read.signals().stream()
                        .map(signal -> SignalLine.from(signal, known, zone))
                        .toList()))
                .onErrorResume(Failures.unavailablePanel(Backend.DISPOSAL));
    }
}
