package org.qingfeng.gateway.console.reports;

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
import org.qingfeng.gateway.console.FieldErrors;
import org.qingfeng.gateway.console.FormValues;
import org.qingfeng.gateway.console.Notice;
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
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 季度报告: the quarter's report for the caller's station, the three parts in text boxes saved with
 * the revision read (a 409, a closed quarter or a newer revision, says so plainly and asks to reload),
 * the tables as analysis will print them, and the .docx and .pdf through the analysis route.
 */
@Controller
@RequestMapping("/console/reports")
class ReportsConsoleController {

    private final ServiceReads reads;
    private final ServiceWrites writes;
    private final Clock clock;
    private final ZoneId zone;

    ReportsConsoleController(ServiceReads reads, ServiceWrites writes, Clock clock, GatewayProperties properties) {
        this.reads = reads;
        this.writes = writes;
        this.clock = clock;
        this.zone = properties.console().zone();
    }

    /** The previous quarter: the one a station reports on. */
    @GetMapping
    Rendering current() {
        String quarter = Periods.previousQuarter(Periods.quarterOf(LocalDate.now(clock.withZone(zone))));
        return Rendering.redirectTo("/console/reports/" + quarter).build();
    }

    @GetMapping("/{quarter}")
    Mono<Rendering> report(@PathVariable String quarter) {
        if (!Periods.isQuarter(quarter)) {
            return Mono.just(Rendering.view("report-quarterly")
                    .status(HttpStatus.NOT_FOUND)
                    .modelAttribute("page", "reports")
                    .modelAttribute("quarter", "")
                    .modelAttribute("unknownQuarter", true)
                    .modelAttribute("reading", Reading.unavailable(Backend.ANALYSIS))
                    .build());
        }
        return Reading.of(
                        reads.answer(Backend.ANALYSIS, "/api/reports/quarterly/{quarter}", Quarterly.class, quarter),
                        Backend.ANALYSIS)
                .map(reading -> {
                    Quarterly report = reading.body();
                    return Rendering.view("report-quarterly")
                            .modelAttribute("page", "reports")
                            .modelAttribute("quarter", quarter)
                            .modelAttribute("previous", Periods.previousQuarter(quarter))
                            .modelAttribute("unknownQuarter", false)
                            .modelAttribute("reading", reading)
                            .modelAttribute(
                                    "parts", report == null ? new Quarterly.Parts(null, null, null) : report.shown())
                            .build();
                });
    }

    @PostMapping("/{quarter}/draft")
    Mono<Rendering> save(@PathVariable String quarter, ServerWebExchange exchange) {
        if (!Periods.isQuarter(quarter)) {
            return Mono.just(
                    sent(new Sent(false, Notice.error("reports.unknown", List.of()), FieldErrors.none()), null));
        }
        return exchange.getFormData().map(FormValues::of).flatMap(form -> writes.send(
                        Backend.ANALYSIS,
                        HttpMethod.PUT,
                        "/api/reports/quarterly/" + quarter + "/draft",
                        Draft.from(form),
                        Saved.class)
                .map(answer -> sent(outcome(answer), revision(answer)))
                .onErrorResume(
                        Failures.instead(Backend.ANALYSIS, () -> sent(Sent.unavailable(Backend.ANALYSIS), null))));
    }

    /** A 409 is a conflict a person can resolve: say what happened and to reload, then analysis's words. */
    private static Sent outcome(Answer<Saved> answer) {
        if (answer.status() == 409 && answer.problem() != null) {
            Notice refused = Notice.refused(answer.problem());
            return new Sent(false, Notice.error("reports.conflict", refused.said()), FieldErrors.none());
        }
        return Sent.of(answer, Draft.FIELDS, "reports.saved", revision(answer));
    }

    private static @Nullable String revision(Answer<Saved> answer) {
        Saved saved = answer.body();
        return saved == null || saved.revision() == null
                ? null
                : saved.revision().toString();
    }

    private static Rendering sent(Sent sent, @Nullable String revision) {
        return Rendering.view("fragments/report-quarterly :: draft-sent")
                .modelAttribute("sent", sent)
                .modelAttribute("formId", "draft-form")
                .modelAttribute("fields", Draft.FIELDS.stream().sorted().toList())
                .modelAttribute("revision", revision == null ? "" : revision)
                .build();
    }

    /** Analysis's answer to a saved draft: its new revision, which the next save must name. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Saved(@Nullable Long revision) {}
}
