package org.qingfeng.intake.workbook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.intake.IntakeProperties;
import org.qingfeng.intake.network.CurrentNetwork;
import org.qingfeng.intake.network.rules.NetworkNode;
import org.qingfeng.intake.network.rules.NetworkView;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Actors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A township's monthly batch of items as a workbook: {@code GET /api/items/batch-template} and
 * {@code POST /api/items/batch} (multipart field {@code file}), for township and work-station staff,
 * within their part of the network. An import is audited once the broker holds its items; it
 * answers with the count and the batch id, never the receipts (staff hold no receipt for a batch).
 */
@RestController
class BatchController {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    private final BatchImport imports;
    private final CurrentNetwork network;
    private final IntakeProperties intake;
    private final BatchProperties properties;
    private final AuditTrail audit;

    BatchController(
            BatchImport imports,
            CurrentNetwork network,
            IntakeProperties intake,
            BatchProperties properties,
            AuditTrail audit) {
        this.imports = imports;
        this.network = network;
        this.intake = intake;
        this.properties = properties;
        this.audit = audit;
    }

    @PostMapping(path = "/api/items/batch", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAnyRole('TOWNSHIP_STAFF','WORK_STATION_STAFF')")
    ResponseEntity<BatchImport.Imported> importBatch(
            @RequestPart("file") MultipartFile file,
            @RequestParam(name = "period", required = false) @Nullable String period)
            throws IOException {
        if (period != null && !MONTH.matcher(period.strip()).matches()) {
            throw new RulesViolated(
                    List.of(new Violation("period", "格式应为 yyyy-MM，如 2026-11 / a month such as 2026-11")));
        }
        if (file.getSize() > properties.maxFileSize().toBytes()) {
            throw WorkbookRefused.tooLarge(properties.maxFileSize().toBytes());
        }
        Actor actor = Actors.current();
        BatchImport.Imported imported = imports.importFrom(file.getBytes(), actor);
        audit.record(
                actor,
                AuditEntry.of(
                                AuditAction.ITEMS_IMPORTED,
                                "item-batch",
                                imported.batchId().toString(),
                                actor.node())
                        .detail("batch " + imported.items() + " items"
                                + (period == null ? "" : " period=" + period.strip())));
        return ResponseEntity.accepted().body(imported);
    }

    @GetMapping("/api/items/batch-template")
    @PreAuthorize("hasAnyRole('TOWNSHIP_STAFF','WORK_STATION_STAFF')")
    ResponseEntity<byte[]> template() {
        Actor actor = Actors.current();
        NetworkView view = network.view();
        Set<String> scope = actor.node() == null ? Set.of() : view.subtree(actor.node());
        List<NetworkNode> regions = view.nodes().stream()
                .filter(n -> scope.contains(n.code()) && view.isActiveRegion(n.code()))
                .sorted(Comparator.comparing(NetworkNode::code))
                .toList();
        List<NetworkNode> units = view.nodes().stream()
                .filter(n -> view.isActiveUnit(n.code()))
                .sorted(Comparator.comparing(NetworkNode::code))
                .toList();
        byte[] body = BatchWorkbookWriter.template(intake.subjectAreas(), properties.maxRows(), regions, units);
        return ResponseEntity.ok()
                .contentType(WorkbookController.XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("清风预警网-月度预警信息模板.xlsx", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }
}
