package org.qingfeng.analysis.register;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.qingfeng.analysis.network.NetworkDirectory;
import org.qingfeng.analysis.register.rules.Ledger;
import org.qingfeng.contracts.audit.AuditAction;
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
 * The register as a workbook: {@code GET /api/register/template}, {@code GET /api/register/export}
 * (the caller's subtree only, audited {@code EXPORTED}) and {@code POST /api/register/import}
 * (multipart field {@code file}, work-station staff, all or nothing, audited {@code REGISTER_CHANGED}).
 */
@RestController
@RequestMapping("/api/register")
class RegisterWorkbookController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RegisterImport imports;
    private final RegisterView view;
    private final NetworkDirectory network;
    private final AuditTrail audit;

    RegisterWorkbookController(RegisterImport imports, RegisterView view, NetworkDirectory network, AuditTrail audit) {
        this.imports = imports;
        this.view = view;
        this.network = network;
        this.audit = audit;
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('WORK_STATION_STAFF')")
    ResponseEntity<RegisterImport.Imported> importWorkbook(@RequestPart("file") MultipartFile file) throws IOException {
        Actor actor = Actors.current();
        RegisterImport.Imported imported;
        try (InputStream in = file.getInputStream()) {
            imported = imports.importFrom(in, actor);
        }
        audit.record(
                actor,
                AuditEntry.of(AuditAction.REGISTER_CHANGED, "risk-register", null, actor.node())
                        .detail("import points=" + imported.points() + " changed=" + imported.changed()));
        return ResponseEntity.accepted().body(imported);
    }

    @GetMapping("/export")
    @PreAuthorize("hasAnyRole('WORK_STATION_STAFF','TOWNSHIP_STAFF')")
    ResponseEntity<byte[]> export() {
        Actor actor = Actors.current();
        Map<String, String> names = new HashMap<>();
        network.nodes().forEach(node -> names.put(node.code(), node.name()));
        List<RegisterView.Row> rows = view.rows(actor, null, null, null);
        List<List<String>> cells = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RegisterView.Row row = rows.get(i);
            cells.add(Ledger.cells(
                    i + 1,
                    row.point(),
                    names.getOrDefault(row.point().unitCode(), ""),
                    row.standing().nextSelfCheckOn()));
        }
        audit.record(
                actor,
                AuditEntry.of(AuditAction.EXPORTED, "risk-register", null, actor.node())
                        .detail("points=" + rows.size()));
        return xlsx("廉政风险点台账.xlsx", RegisterWorkbook.write(cells));
    }

    @GetMapping("/template")
    @PreAuthorize("hasAnyRole('WORK_STATION_STAFF','TOWNSHIP_STAFF')")
    ResponseEntity<byte[]> template() {
        return xlsx("廉政风险点台账-模板.xlsx", RegisterWorkbook.template());
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
