package org.qingfeng.analysis.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.report.rules.DraftEdit;
import org.qingfeng.analysis.report.rules.QuarterlyReport;
import org.qingfeng.analysis.report.rules.Table;
import org.qingfeng.analysis.report.rules.Texts;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Actors;
import org.qingfeng.support.web.Problems;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The work station's quarterly report: read, edit the draft, download as .docx or PDF. */
@RestController
@PreAuthorize("hasRole('WORK_STATION_STAFF')")
class ReportController {

    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final QuarterlyReports reports;
    private final DocxReport docx;
    private final PdfReport pdf;

    ReportController(QuarterlyReports reports, DocxReport docx, PdfReport pdf) {
        this.reports = reports;
        this.docx = docx;
        this.pdf = pdf;
    }

    @GetMapping("/api/reports/quarterly/{quarter}")
    ReportView report(@PathVariable String quarter) {
        return ReportView.of(reports.report(Actors.current(), quarter));
    }

    @PutMapping("/api/reports/quarterly/{quarter}/draft")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Edited edit(@PathVariable String quarter, @RequestBody DraftEdit edit) {
        return new Edited(reports.edit(Actors.current(), quarter, edit));
    }

    @GetMapping("/api/reports/quarterly/{quarter}/docx")
    ResponseEntity<byte[]> docx(@PathVariable String quarter) {
        Actor actor = Actors.current();
        QuarterlyReport report = reports.report(actor, quarter);
        byte[] file = docx.write(report);
        reports.exported(actor, report, "docx");
        return download(file, DOCX, report, "docx");
    }

    @GetMapping("/api/reports/quarterly/{quarter}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String quarter) {
        Actor actor = Actors.current();
        QuarterlyReport report = reports.report(actor, quarter);
        byte[] file = pdf.write(report);
        reports.exported(actor, report, "pdf");
        return download(file, MediaType.APPLICATION_PDF, report, "pdf");
    }

    @ExceptionHandler(ReportConflict.class)
    ResponseEntity<ProblemDetail> conflict(ReportConflict e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .body(Problems.of(HttpStatus.CONFLICT, e.getMessage(), List.of()));
    }

    @ExceptionHandler(NoChineseFont.class)
    ResponseEntity<ProblemDetail> noFont(NoChineseFont e) {
        ProblemDetail problem = Problems.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                "请在 analysis.report.font-files 中配置中文字体文件 / Configure a Chinese font file under analysis.report.font-files",
                List.of());
        problem.setTitle("未配置中文字体 / No Chinese font configured");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem);
    }

    private static ResponseEntity<byte[]> download(
            byte[] file, MediaType type, QuarterlyReport report, String extension) {
        String name = report.stationCode() + "-" + report.quarter() + "-预警信息分析报告." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file);
    }

    /** The answer of {@code PUT .../draft}. */
    record Edited(int revision) {}

    /** The answer of {@code GET /api/reports/quarterly/{quarter}}. */
    record ReportView(
            String quarter,
            String stationCode,
            boolean closed,
            int revision,
            @Nullable String workDynamics,
            @Nullable String salientProblems,
            @Nullable String handlingStatus,
            Texts suggested,
            List<Table> tables) {

        static ReportView of(QuarterlyReport report) {
            Texts draft = report.draft();
            return new ReportView(
                    report.quarter().toString(),
                    report.stationCode(),
                    report.closed(),
                    report.revision(),
                    draft == null ? null : draft.workDynamics(),
                    draft == null ? null : draft.salientProblems(),
                    draft == null ? null : draft.handlingStatus(),
                    report.suggested(),
                    report.tables());
        }
    }
}
