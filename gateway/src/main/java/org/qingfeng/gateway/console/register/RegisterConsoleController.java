package org.qingfeng.gateway.console.register;

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
import org.qingfeng.gateway.console.Failures;
import org.qingfeng.gateway.console.FormValues;
import org.qingfeng.gateway.console.NetworkNames;
import org.qingfeng.gateway.console.Notice;
import org.qingfeng.gateway.console.Periods;
import org.qingfeng.gateway.console.Problem;
import org.qingfeng.gateway.console.Reading;
import org.qingfeng.gateway.console.Sent;
import org.qingfeng.gateway.console.ServiceReads;
import org.qingfeng.gateway.console.ServiceWrites;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 风险点台账: analysis's register (filtered by unit, level and category) with its flags, the point
 * form, self-checks and retirement, the workbook import (all or nothing: refused rows are listed),
 * and the month's gaps. Template and export are links through the analysis route.
 */
@Controller
@RequestMapping("/console/register")
class RegisterConsoleController {

    static final String CHANGED = "register-changed";
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final List<String> CATEGORIES = List.of(
            "IDEOLOGY_AND_MORALS",
            "POST_DUTIES",
            "BUSINESS_PROCESS",
            "INSTITUTIONS_AND_MECHANISMS",
            "EXTERNAL_ENVIRONMENT");

    private final ServiceReads reads;
    private final ServiceWrites writes;
    private final NetworkNames names;
    private final Clock clock;
    private final ZoneId zone;
    private final long importMaxBytes;

    RegisterConsoleController(
            ServiceReads reads, ServiceWrites writes, NetworkNames names, Clock clock, GatewayProperties properties) {
        this.reads = reads;
        this.writes = writes;
        this.names = names;
        this.clock = clock;
        this.zone = properties.console().zone();
        this.importMaxBytes = properties.console().importMaxSize().toBytes();
    }

    @GetMapping
    Mono<Rendering> page(
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String level,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable String month) {
        Filter filter = Filter.of(unit, level, category);
        String gapsMonth = Periods.month(month, LocalDate.now(clock.withZone(zone)));
        Mono<Reading<Register.Gaps>> gaps = Reading.of(
                reads.answer(Backend.ANALYSIS, "/api/register/gaps?month={month}", Register.Gaps.class, gapsMonth),
                Backend.ANALYSIS);
        return Mono.zip(register(filter), gaps, names.current()).map(read -> Rendering.view("register")
                .modelAttribute("page", "register")
                .modelAttribute("filter", filter)
                .modelAttribute("register", read.getT1())
                .modelAttribute("gaps", read.getT2())
                .modelAttribute("month", gapsMonth)
                .modelAttribute("names", read.getT3())
                .modelAttribute("levels", PointForm.LEVELS)
                .modelAttribute("categories", CATEGORIES)
                .modelAttribute("today", LocalDate.now(clock.withZone(zone)).toString())
                .build());
    }

    @GetMapping("/table")
    Mono<Rendering> table(
            @RequestParam(required = false) @Nullable String unit,
            @RequestParam(required = false) @Nullable String level,
            @RequestParam(required = false) @Nullable String category) {
        Filter filter = Filter.of(unit, level, category);
        return Mono.zip(register(filter), names.current()).map(read -> Rendering.view(
                        "fragments/register :: register-table")
                .modelAttribute("filter", filter)
                .modelAttribute("register", read.getT1())
                .modelAttribute("names", read.getT2())
                .modelAttribute("levels", PointForm.LEVELS)
                .modelAttribute("categories", CATEGORIES)
                .modelAttribute("today", LocalDate.now(clock.withZone(zone)).toString())
                .build());
    }

    @PostMapping("/points")
    Mono<Rendering> record(ServerWebExchange exchange) {
        return exchange.getFormData().map(FormValues::of).flatMap(form -> {
            String formId = formId(form);
            return send("/api/register/points", PointForm.from(form), "register.point.saved", formId);
        });
    }

    @PostMapping("/self-checks")
    Mono<Rendering> selfCheck(ServerWebExchange exchange) {
        return exchange.getFormData()
                .map(FormValues::of)
                .flatMap(form -> send(
                        "/api/register/self-checks",
                        new PointForm.SelfCheck(form.text("riskPointId"), form.text("on")),
                        "register.selfcheck.done",
                        formId(form)));
    }

    @PostMapping("/retire")
    Mono<Rendering> retire(ServerWebExchange exchange) {
        return exchange.getFormData()
                .map(FormValues::of)
                .flatMap(form -> send(
                        "/api/register/points/retire",
                        new PointForm.Retirement(form.text("riskPointId")),
                        "register.retire.done",
                        formId(form)));
    }

    @PostMapping("/import")
    Mono<Rendering> upload(ServerWebExchange exchange) {
        return exchange.getMultipartData()
                .flatMap(parts -> forward(parts.getFirst("file")))
                .onErrorResume(
                        DataBufferLimitException.class, tooLarge -> Mono.just(notSent("register.import.toolarge")))
                .map(outcome -> {
                    Rendering.Builder<?> view = Rendering.view("fragments/register :: import-outcome")
                            .modelAttribute("outcome", outcome);
                    return outcome.points() == null
                            ? view.build()
                            : view.header("HX-Trigger", CHANGED).build();
                });
    }

    private Mono<Rendering> send(String uri, Object body, String successKey, String formId) {
        return writes.send(Backend.ANALYSIS, HttpMethod.POST, uri, body, Object.class)
                .map(answer -> Sent.of(answer, PointForm.FIELDS, successKey, null))
                .onErrorResume(Failures.instead(Backend.ANALYSIS, () -> Sent.unavailable(Backend.ANALYSIS)))
                .map(sent -> {
                    Rendering.Builder<?> view = Rendering.view("fragments/register :: point-sent")
                            .modelAttribute("sent", sent)
                            .modelAttribute("formId", formId)
                            .modelAttribute(
                                    "fields", PointForm.FIELDS.stream().sorted().toList());
                    return sent.accepted() ? view.header("HX-Trigger", CHANGED).build() : view.build();
                });
    }

    private Mono<ImportOutcome> forward(@Nullable Part part) {
        if (!(part instanceof FilePart file) || file.filename().isBlank()) {
            return Mono.just(notSent("register.import.nofile"));
        }
        if (!file.filename().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return Mono.just(notSent("register.import.notxlsx"));
        }
        return DataBufferUtils.join(file.content(), (int) Math.min(Integer.MAX_VALUE, importMaxBytes))
                .map(buffer -> {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    DataBufferUtils.release(buffer);
                    return bytes;
                })
                .flatMap(bytes -> writes.upload(
                                Backend.ANALYSIS,
                                ServiceWrites.ANALYSIS_IMPORT_BREAKER,
                                "/api/register/import",
                                file.filename(),
                                XLSX,
                                bytes,
                                Register.Imported.class)
                        .map(ImportOutcome::of)
                        .onErrorResume(Failures.instead(
                                Backend.ANALYSIS,
                                () -> new ImportOutcome(Notice.unavailable("unavailable.analysis"), null, List.of()))));
    }

    private static ImportOutcome notSent(String key) {
        return new ImportOutcome(Notice.error(key, List.of()), null, List.of());
    }

    private Mono<Reading<Register>> register(Filter filter) {
        List<String> query = new ArrayList<>();
        List<String> values = new ArrayList<>();
        filter.add(query, values);
        String uri = "/api/register" + (query.isEmpty() ? "" : "?" + String.join("&", query));
        return Reading.of(reads.answer(Backend.ANALYSIS, uri, Register.class, values.toArray()), Backend.ANALYSIS);
    }

    /** A point's forms are named after the row ({@code point-3}); the new point's form is {@code point-new}. */
    private static String formId(FormValues form) {
        String row = form.text("row", "new");
        return "point-" + (row.matches("\\d{1,5}|new") ? row : "new");
    }

    /** The register's filters, each left out of analysis's query when blank. */
    record Filter(String unit, String level, String category) {

        static Filter of(@Nullable String unit, @Nullable String level, @Nullable String category) {
            return new Filter(strip(unit), strip(level), strip(category));
        }

        private static String strip(@Nullable String text) {
            return text == null ? "" : text.strip();
        }

        void add(List<String> query, List<String> values) {
            if (!unit.isEmpty()) {
                query.add("unit={unit}");
                values.add(unit);
            }
            if (!level.isEmpty()) {
                query.add("level={level}");
                values.add(level);
            }
            if (!category.isEmpty()) {
                query.add("category={category}");
                values.add(category);
            }
        }
    }

    /**
     * What the import box shows after an upload: the points analysis loaded, or every row it refused
     * ({@code 风险点台账 第5行 风险等级}), or why nothing was sent.
     */
    record ImportOutcome(Notice notice, @Nullable Long points, List<Problem.FieldError> rows) {

        ImportOutcome {
            rows = List.copyOf(rows);
        }

        static ImportOutcome of(Answer<Register.Imported> answer) {
            Problem problem = answer.problem();
            if (problem == null) {
                Register.Imported imported = answer.body();
                long points = imported == null || imported.points() == null ? 0 : imported.points();
                return new ImportOutcome(
                        Notice.success("register.import.done", Long.toString(points)), points, List.of());
            }
            if (answer.isInvalid()) {
                return new ImportOutcome(Notice.error("register.import.rejected", List.of()), null, problem.errors());
            }
            return new ImportOutcome(Notice.refused(problem), null, List.of());
        }
    }
}
