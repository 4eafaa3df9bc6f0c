package org.qingfeng.gateway.console.disposal;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.Backend;
import org.qingfeng.gateway.GatewayProperties;
import org.qingfeng.gateway.console.DisposalCase;
import org.qingfeng.gateway.console.Failures;
import org.qingfeng.gateway.console.FieldErrors;
import org.qingfeng.gateway.console.FormValues;
import org.qingfeng.gateway.console.Notice;
import org.qingfeng.gateway.console.Problem;
import org.qingfeng.gateway.console.Reading;
import org.qingfeng.gateway.console.RecentCases;
import org.qingfeng.gateway.console.Sent;
import org.qingfeng.gateway.console.ServiceReads;
import org.qingfeng.gateway.console.ServiceWrites;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.FormFieldPart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.view.Rendering;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * 部门收件箱: the department's own cases (overdue first, then the nearest deadline), each case's
 * notices and history, the acknowledgement of receipt and the reply with its files. Disposal scopes
 * the inbox to the caller's department; the security configuration keeps the changes to department
 * officers (the station may read).
 */
@Controller
@RequestMapping("/console/inbox")
class InboxConsoleController {

    /** The most files a reply carries; disposal checks each file's size and type itself. */
    static final int MAX_FILES = 5;

    private static final String OFFICER = "ROLE_DEPARTMENT_OFFICER";

    private final ServiceReads reads;
    private final ServiceWrites writes;
    private final ZoneId zone;

    InboxConsoleController(ServiceReads reads, ServiceWrites writes, GatewayProperties properties) {
        this.reads = reads;
        this.writes = writes;
        this.zone = properties.console().zone();
    }

    @GetMapping
    Mono<Rendering> page(@RequestParam(required = false) @Nullable String state) {
        String chosen = Colours.offered(Colours.STATES, state) ? state : "OPEN";
        return Reading.of(
                        reads.answer(Backend.DISPOSAL, "/api/inbox?state={state}", RecentCases.class, chosen),
                        Backend.DISPOSAL)
                .map(read -> {
                    RecentCases body = read.shown() ? read.body() : null;
                    return Rendering.view("inbox")
                            .modelAttribute("page", "inbox")
                            .modelAttribute("state", chosen)
                            .modelAttribute("states", Colours.STATES)
                            .modelAttribute("cases", read)
                            .modelAttribute(
                                    "lines",
                                    body == null
                                            ? List.<CaseLine>of()
                                            : body.cases().stream()
                                                    .map(c -> CaseLine.from(c, zone))
                                                    .toList())
                            .header(HttpHeaders.CACHE_CONTROL, "no-store")
                            .build();
                });
    }

    @GetMapping("/{caseId}")
    Mono<Rendering> detail(@PathVariable String caseId, ServerWebExchange exchange) {
        if (!CaseIds.isId(caseId)) {
            return Mono.just(missing(
                    new Reading<>(Backend.DISPOSAL.id(), true, 404, null, Problem.bare(404)), HttpStatus.NOT_FOUND));
        }
        return Mono.zip(
                        Reading.of(
                                reads.answer(Backend.DISPOSAL, "/api/inbox/{caseId}", DisposalCase.class, caseId),
                                Backend.DISPOSAL),
                        CasesConsoleController.holds(exchange, OFFICER))
                .map(read -> {
                    Reading<DisposalCase> reading = read.getT1();
                    DisposalCase found = reading.body();
                    if (!reading.shown() || found == null) {
                        return missing(reading, HttpStatus.valueOf(reading.available() ? reading.status() : 503));
                    }
                    return Rendering.view("case")
                            .modelAttribute("page", "inbox")
                            .modelAttribute("back", "/console/inbox")
                            .modelAttribute("kase", CasePage.from(found, zone))
                            .modelAttribute("station", false)
                            // The station may read a department's case; only the department answers it.
                            .modelAttribute("inbox", read.getT2())
                            .header(HttpHeaders.CACHE_CONTROL, "no-store")
                            .build();
                });
    }

    @PostMapping("/{caseId}/acknowledgement")
    Mono<Rendering> acknowledge(@PathVariable String caseId, ServerWebExchange exchange) {
        String formId = "ack-" + (CaseIds.isId(caseId) ? caseId : "case");
        if (!CaseIds.isId(caseId)) {
            return Mono.just(notFound(formId));
        }
        return exchange.getFormData()
                .map(FormValues::of)
                .flatMap(form -> writes.send(
                                Backend.DISPOSAL,
                                HttpMethod.POST,
                                "/api/inbox/" + caseId + "/acknowledgement",
                                CaseForms.acknowledgement(form),
                                CaseForms.Stepped.class)
                        .map(answer -> CaseForms.outcome(answer, CaseForms.NO_FIELDS, "inbox.ack.done"))
                        .onErrorResume(Failures.instead(Backend.DISPOSAL, () -> Sent.unavailable(Backend.DISPOSAL))))
                .map(sent -> CasesConsoleController.sent(formId, sent, CaseForms.NO_FIELDS));
    }

    /**
     * The reply: its text and up to five files as multipart, streamed on to disposal through the
     * upload breaker. More than five files are refused before disposal is asked.
     */
    @PostMapping("/{caseId}/reply")
    Mono<Rendering> reply(@PathVariable String caseId, ServerWebExchange exchange) {
        String formId = "reply-form";
        if (!CaseIds.isId(caseId)) {
            return Mono.just(notFound(formId));
        }
        return exchange.getMultipartData()
                .flatMap(parts -> {
                    FormValues form = FormValues.of(fields(parts));
                    List<FilePart> files = files(parts);
                    if (files.size() > MAX_FILES) {
                        return Mono.just(Sent.invalid(FieldErrors.of(Map.of("files", "最多 5 个附件 / At most 5 files"))));
                    }
                    MultipartBodyBuilder body = new MultipartBodyBuilder();
                    Long sequence = CaseForms.sequence(form);
                    if (sequence != null) {
                        body.part("sequence", String.valueOf(sequence));
                    }
                    String text = form.text("text");
                    if (text != null) {
                        body.part("text", text, new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8));
                    }
                    files.forEach(file -> body.part("files", file));
                    return writes.uploadParts(
                                    Backend.DISPOSAL,
                                    ServiceWrites.DISPOSAL_UPLOAD_BREAKER,
                                    "/api/inbox/" + caseId + "/reply",
                                    body.build(),
                                    CaseForms.Stepped.class)
                            .map(answer -> CaseForms.outcome(answer, CaseForms.REPLY_FIELDS, "inbox.reply.done"))
                            .onErrorResume(
                                    Failures.instead(Backend.DISPOSAL, () -> Sent.unavailable(Backend.DISPOSAL)));
                })
                .map(sent -> CasesConsoleController.sent(formId, sent, CaseForms.REPLY_FIELDS));
    }

    private static Map<String, List<String>> fields(MultiValueMap<String, Part> parts) {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        parts.forEach((name, values) -> texts.put(
                name,
                values.stream()
                        .filter(FormFieldPart.class::isInstance)
                        .map(part -> ((FormFieldPart) part).value())
                        .toList()));
        return texts;
    }

    private static List<FilePart> files(MultiValueMap<String, Part> parts) {
        return parts.getOrDefault("files", List.of()).stream()
                .filter(FilePart.class::isInstance)
                .map(FilePart.class::cast)
                .filter(file -> !file.filename().isBlank())
                .toList();
    }

    private static Rendering notFound(String formId) {
        return CasesConsoleController.sent(
                formId,
                new Sent(false, Notice.error("reading.notfound", List.of()), FieldErrors.none()),
                CaseForms.NO_FIELDS);
    }

    private static Rendering missing(Reading<DisposalCase> reading, HttpStatus status) {
        return Rendering.view("case-missing")
                .status(status)
                .modelAttribute("page", "inbox")
                .modelAttribute("reading", reading)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }
}
