package org.qingfeng.intake.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.qingfeng.intake.informant.CurrentRoster;
import org.qingfeng.intake.network.CurrentNetwork;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The registry as a workbook: {@code POST /api/network/import} (multipart field {@code file}),
 * {@code GET /api/network/export} and {@code GET /api/network/template}.
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

    WorkbookController(
            WorkbookImport imports, CurrentNetwork network, CurrentRoster roster, WorkbookProperties properties) {
        this.imports = imports;
        this.network = network;
        this.roster = roster;
        this.properties = properties;
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<WorkbookImport.Imported> importWorkbook(@RequestPart("file") MultipartFile file) throws IOException {
        if (file.getSize() > properties.maxFileSize().toBytes()) {
            throw WorkbookRefused.tooLarge(properties.maxFileSize().toBytes());
        }
        try (InputStream in = file.getInputStream()) {
            return ResponseEntity.accepted().body(imports.importFrom(in));
        }
    }

    @GetMapping("/export")
    ResponseEntity<byte[]> export() {
        return xlsx(
                "清风预警网-网络.xlsx",
                WorkbookWriter.export(network.view().nodes(), roster.view().informants()));
    }

    @GetMapping("/template")
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
