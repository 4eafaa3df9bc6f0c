package org.qingfeng.gateway.console.network;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.Backend;
import org.qingfeng.gateway.GatewayProperties;
import org.qingfeng.gateway.console.Failures;
import org.qingfeng.gateway.console.FormValues;
import org.qingfeng.gateway.console.Notice;
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
 * 网络: the tree from intake's registry, a form that adds or changes one node (sent to intake as a
 * batch of one), and the workbook import, whose file the console checks and forwards as it came.
 */
@Controller
@RequestMapping("/console/network")
class NetworkConsoleController {

    static final String CHANGED = "network-changed";
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ServiceReads reads;
    private final ServiceWrites writes;
    private final long importMaxBytes;

    NetworkConsoleController(ServiceReads reads, ServiceWrites writes, GatewayProperties properties) {
        this.reads = reads;
        this.writes = writes;
        this.importMaxBytes = properties.console().importMaxSize().toBytes();
    }

    @GetMapping
    Mono<Rendering> page(@RequestParam(required = false) @Nullable String node) {
        return registry(node).map(network -> Rendering.view("network")
                .modelAttribute("page", "network")
                .modelAttribute("branch", node == null ? "" : node)
                .modelAttribute("network", network)
                .modelAttribute("form", NodeForm.blank())
                .modelAttribute("importLimitMb", importMaxBytes / (1024 * 1024))
                .build());
    }

    @GetMapping("/tree")
    Mono<Rendering> tree(@RequestParam(required = false) @Nullable String node) {
        return registry(node).map(network -> Rendering.view("fragments/network :: tree")
                .modelAttribute("network", network)
                .build());
    }

    /** The form for one node, filled from the registry; blank for a code it does not know. */
    @GetMapping("/form")
    Mono<Rendering> form(@RequestParam(required = false) @Nullable String code) {
        return registry(null)
                .map(network -> nodeForm(
                        network,
                        network.node(code == null ? "" : code).map(NodeForm::of).orElseGet(NodeForm::blank)));
    }

    @PostMapping("/nodes")
    Mono<Rendering> save(ServerWebExchange exchange) {
        Mono<NodeForm> submitted = exchange.getFormData().map(FormValues::of).map(NodeForm::from);
        return submitted.flatMap(form -> writes.send(
                        Backend.INTAKE, HttpMethod.PUT, "/api/network/nodes", List.of(form.toDraft()), Object.class)
                .map(answer -> Sent.of(answer, NodeForm.FIELDS, "network.form.saved", form.code()))
                .onErrorResume(Failures.instead(Backend.INTAKE, () -> Sent.unavailable(Backend.INTAKE)))
                .flatMap(sent -> registry(null).map(network -> saved(network, sent))));
    }

    @PostMapping("/import")
    Mono<Rendering> upload(ServerWebExchange exchange) {
        return exchange.getMultipartData()
                .flatMap(parts -> forward(parts.getFirst("file")))
                .onErrorResume(DataBufferLimitException.class, tooLarge -> Mono.just(tooLarge()))
                .map(outcome -> {
                    Rendering.Builder<?> view = Rendering.view("fragments/network :: import-outcome")
                            .modelAttribute("outcome", outcome);
                    return outcome.imported() == null
                            ? view.build()
                            : view.header("HX-Trigger", CHANGED).build();
                });
    }

    private Mono<ImportOutcome> forward(@Nullable Part part) {
        if (!(part instanceof FilePart file) || file.filename().isBlank()) {
            return Mono.just(ImportOutcome.notSent(Notice.error("network.import.nofile", List.of())));
        }
        if (!file.filename().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return Mono.just(ImportOutcome.notSent(Notice.error("network.import.notxlsx", List.of())));
        }
        return DataBufferUtils.join(file.content(), (int) Math.min(Integer.MAX_VALUE, importMaxBytes))
                .map(buffer -> {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    DataBufferUtils.release(buffer);
                    return bytes;
                })
                .flatMap(bytes -> writes.upload("/api/network/import", file.filename(), XLSX, bytes, Imported.class)
                        .map(ImportOutcome::of)
                        .onErrorResume(Failures.instead(
                                Backend.INTAKE,
                                () -> ImportOutcome.notSent(Notice.unavailable("unavailable.intake")))));
    }

    private ImportOutcome tooLarge() {
        return ImportOutcome.notSent(Notice.error("network.import.toolarge", List.of()));
    }

    private static Rendering saved(NetworkView network, Sent sent) {
        Rendering.Builder<?> view = Rendering.view("fragments/network :: node-sent")
                .modelAttribute("network", network)
                .modelAttribute("form", NodeForm.blank())
                .modelAttribute("sent", sent)
                .modelAttribute("fields", NodeForm.FIELDS.stream().sorted().toList());
        return sent.accepted() ? view.header("HX-Trigger", CHANGED).build() : view.build();
    }

    private static Rendering nodeForm(NetworkView network, NodeForm form) {
        return Rendering.view("fragments/network :: node-form")
                .modelAttribute("network", network)
                .modelAttribute("form", form)
                .build();
    }

    private Mono<NetworkView> registry(@Nullable String branch) {
        return reads.get(Backend.INTAKE, "/api/network/nodes", body -> body.bodyToFlux(RegistryNode.class)
                        .collectList())
                .map(nodes -> NetworkView.of(nodes, branch))
                .onErrorResume(Failures.instead(Backend.INTAKE, NetworkView::unavailable));
    }
}
