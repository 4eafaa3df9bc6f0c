package org.qingfeng.intake.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.contracts.intake.InformantRecorded;
import org.qingfeng.intake.informant.CurrentRoster;
import org.qingfeng.intake.network.CurrentNetwork;
import org.qingfeng.intake.network.rules.NetworkNode;
import org.qingfeng.intake.network.rules.NetworkView;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The registry as a workbook: {@code POST /api/network/import} (multipart field {@code file}),
 * {@code GET /api/network/export} and {@code GET /api/network/template}, for network administrators
 * and within their subtree: an import names every row outside it, an export holds only what lies in
 * it. Imports and exports are audited once the broker holds the record.
 */
@RestController
@RequestMapping("/api/network")
class WorkbookController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final WorkbookImport imports;
    private final CurrentNetwork network;
    private final CurrentRoster roster;
    private final WorkbookProperties properties;
    private final AuditTrail audit;

    WorkbookController(
            WorkbookImport imports,
            CurrentNetwork network,
            CurrentRoster roster,
            WorkbookProperties properties,
            AuditTrail audit) {
        this.imports = imports;
        this.network = network;
        this.roster = roster;
        this.properties = properties;
        this.audit = audit;
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    ResponseEntity<WorkbookImport.Imported> importWorkbook(@RequestPart("file") MultipartFile file) throws IOException {
        if (file.getSize() > properties.maxFileSize().toBytes()) {
            throw WorkbookRefused.tooLarge(properties.maxFileSize().toBytes());
        }
        Actor actor = Actors.current();
        WorkbookImport.Imported imported;
        try (InputStream in = file.getInputStream()) {
            imported = imports.importFrom(in, actor);
        }
        audit.recordAll(
                actor,
                List.of(
                        AuditEntry.of(AuditAction.NETWORK_CHANGED, "network-node", null, actor.node())
                                .detail("import nodes=" + imported.nodes() + " changed=" + imported.nodesChanged()),
                        AuditEntry.of(AuditAction.INFORMANT_CHANGED, "informant", null, actor.node())
                                .detail("import informants=" + imported.informants() + " changed="
                                        + imported.informantsChanged())));
        return ResponseEntity.accepted().body(imported);
    }

    @GetMapping("/export")
    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    ResponseEntity<byte[]> export() {
        Actor actor = Actors.current();
        NetworkView view = network.view();
        Set<String> scope = actor.node() == null ? Set.of() : view.subtree(actor.node());
        List<NetworkNode> nodes =
                view.nodes().stream().filter(n -> scope.contains(n.code())).toList();
        List<InformantRecorded> informants = roster.view().informants().stream()
                .filter(r -> scope.contains(r.homeNodeCode()))
                .toList();
        audit.record(AuditEntry.of(AuditAction.EXPORTED, "network-workbook", null, actor.node())
                .detail("nodes=" + nodes.size() + " informants=" + informants.size()));
        return xlsx("清风预警网-网络.xlsx", WorkbookWriter.export(nodes, informants));
    }

    @GetMapping("/template")
    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    ResponseEntity<byte[]> template() {
        return xlsx("清风预警网-导入模板.xlsx", WorkbookWriter.template());
    }

    private static ResponseEntity<byte[]> xlsx(String filename, byte[] body) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }
}
