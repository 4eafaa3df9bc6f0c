package org.qingfeng.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qingfeng.analysis.AnalysisIntegrationTest;
import org.qingfeng.analysis.NetworkFixtures;
import org.qingfeng.analysis.period.FigureSource;
import org.qingfeng.contracts.EventDeserializer;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.analysis.FindingPublished;
import org.qingfeng.contracts.analysis.FindingPublished.Destination;
import org.qingfeng.contracts.analysis.FindingPublished.FindingKind;
import org.qingfeng.contracts.analysis.FindingPublished.PeriodCount;
import org.qingfeng.contracts.analysis.PeriodClosed.Figure;
import org.qingfeng.contracts.analysis.ReportDraftEdited;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.contracts.audit.AuditRecorded;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.testsupport.ConsumerGroups;
import org.qingfeng.testsupport.TestKafka;
import org.qingfeng.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * The quarterly report end to end on the broker and the Mongo wire server: findings and a draft
 * published, the draft edited twice over HTTP, a stale revision refused, the .docx and the PDF
 * downloaded, parsed and audited.
 *
 * <p>The figures come from a {@link FigureSource} of this test, which answers only for the counties
 * a test registers. It is added to the shared context as a singleton, not through an imported
 * configuration: a second context would join the same consumer groups (see {@link
 * AnalysisIntegrationTest}). It comes first: the service's own sources (the monthly analysis) answer
 * for the same county too, with nothing counted, and the report takes a table's row from the first.
 */
class QuarterlyReportIT extends AnalysisIntegrationTest {

    private static final class TestFigures implements FigureSource, Ordered {

        /**
         * A quarter answers with its own figures and its months' counts summed, as the monthly
         * analysis answers a quarter: the report takes a quarter's own counts before its months'.
         */
        @Override
        public List<Figure> figures(String scope, String period) {
            List<Figure> own = FIGURES.getOrDefault(scope + "|" + period, List.of());
            if (!period.contains("-Q")) {
                return own;
            }
            int first = (Integer.parseInt(period.substring(period.indexOf('Q') + 1)) - 1) * 3 + 1;
            Map<String, Figure> sums = new java.util.TreeMap<>();
            for (int month = first; month < first + 3; month++) {
                String key = scope + "|" + period.substring(0, 4) + "-" + (month < 10 ? "0" : "") + month;
                for (Figure f : FIGURES.getOrDefault(key, List.of())) {
                    sums.merge(
                            f.table() + "|" + f.key(),
                            f,
                            (a, b) -> new Figure(a.table(), a.key(), a.value() + b.value()));
                }
            }
            List<Figure> all = new java.util.ArrayList<>(own);
            all.addAll(sums.values());
            return all;
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    private static final String GROUP = "analysis-service-report";
    private static final Map<String, List<Figure>> FIGURES = new ConcurrentHashMap<>();

    @Autowired
    ConfigurableApplicationContext context;

    @BeforeEach
    void countyFigures() {
        if (!context.getBeanFactory().containsSingleton("quarterlyReportITFigures")) {
            context.getBeanFactory().registerSingleton("quarterlyReportITFigures", new TestFigures());
        }
    }

    @Test
    void editsTheDraftTwiceRefusesAStaleRevisionAndPrintsTheDraftWithTheFigures() throws Exception {
        String county = NetworkFixtures.anyCountyCode();
        project(List.of(
                NetworkFixtures.node(county, NodeKind.COUNTY, null),
                NetworkFixtures.node(county + "-101", NodeKind.TOWNSHIP, county),
                NetworkFixtures.node(county + "-102", NodeKind.TOWNSHIP, county)));
        FIGURES.put(county + "|2026-10", ReportFixtures.anyMonthFigures(county, 12, 9));
        FIGURES.put(county + "|2026-11", ReportFixtures.anyMonthFigures(county, 10, 10));
        FIGURES.put(county + "|2026-Q4", ReportFixtures.anyIndexFigures(county));
        FindingPublished rise = finding(county, "2026-10", Destination.DISPOSAL);
        FindingPublished exchange = finding(county, "2026-11", Destination.EXCHANGE);
        FindingPublished otherQuarter = finding(county, "2026-09", Destination.DISPOSAL);
        FindingPublished otherStation = finding(NetworkFixtures.anyCountyCode(), "2026-10", Destination.DISPOSAL);
        for (FindingPublished f : List.of(rise, exchange, otherQuarter, otherStation)) {
            TestKafka.publish(Topics.FINDINGS.name(), f.findingId().toString(), f);
        }
        TestKafka.publish(Topics.REPORT_DRAFTS.name(), county + "|2026-Q4", draft(county, 1, "首稿"));
        ConsumerGroups.awaitConsumed(GROUP, Topics.FINDINGS.name());
        ConsumerGroups.awaitConsumed(GROUP, Topics.REPORT_DRAFTS.name());
        String staff = staffAt(county);

        JsonNode report = getJsonAs(staff, "/api/reports/quarterly/2026-Q4");
        assertThat(report.get("stationCode").asString()).isEqualTo(county);
        assertThat(report.get("closed").asBoolean()).isFalse();
        assertThat(report.get("revision").asInt()).isEqualTo(1);
        assertThat(report.get("workDynamics").asString()).isEqualTo("首稿");
        assertThat(report.get("suggested").get("workDynamics").asString()).contains("共收到预警信息22件", "示警处置1个、分析交流1个");
        assertThat(report.get("suggested").get("salientProblems").asString())
                .contains("表现：", "范围：", "程度：", "原因：", "措施：")
                .doesNotContain("2026-09");
        assertThat(report.get("tables").get(0).get("rows").get(0).get(1).asString())
                .isEqualTo("22");
        assertThat(report.get("tables").get(4).get("rows")).hasSize(2);

        assertThat(put(staff, 1, "第二稿"))
                .hasStatus(HttpStatus.ACCEPTED)
                .bodyJson()
                .isStrictlyEqualTo("""
                {"revision": 2}""");
        assertThat(put(staff, 2, "第三稿"))
                .hasStatus(HttpStatus.ACCEPTED)
                .bodyJson()
                .isStrictlyEqualTo("""
                {"revision": 3}""");
        assertThat(put(staff, 2, "过时的修改")).hasStatus(HttpStatus.CONFLICT);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(getJsonAs(staff, "/api/reports/quarterly/2026-Q4")
                                .get("revision")
                                .asInt())
                        .isEqualTo(3));
        assertThat(getJsonAs(staff, "/api/reports/quarterly/2026-Q4")
                        .get("workDynamics")
                        .asString())
                .isEqualTo("第三稿");

        MvcTestResult docx = download(staff, "docx");
        assertThat(docx).hasStatusOk();
        assertThat(docx.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment");
        try (XWPFDocument document =
                new XWPFDocument(new ByteArrayInputStream(docx.getResponse().getContentAsByteArray()))) {
            List<String> paragraphs = document.getParagraphs().stream()
                    .map(XWPFParagraph::getText)
                    .toList();
            assertThat(paragraphs).contains("第三稿", "突出问题", "处置情况");
            assertThat(document.getCharts()).hasSize(2);
            assertThat(document.getTables().get(0).getRow(1).getCell(1).getText())
                    .isEqualTo("22");
        }
        MvcTestResult pdf = download(staff, "pdf");
        assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertThat(text).contains("2026年第四季度预警信息分析报告", "第三稿", "四、数据表格");
        }
        assertThat(audited(county, AuditAction.EXPORTED))
                .extracting(AuditRecorded::detail)
                .contains("docx", "pdf");
        assertThat(audited(county, AuditAction.REPORTING_CHANGED))
                .extracting(AuditRecorded::detail)
                .contains("revision=2", "revision=3");
    }

    @Test
    void refusesAQuarterThatIsNotOneAndOtherRoles() {
        assertThat(mvc.get().uri("/api/reports/quarterly/2026-Q5").exchange())
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("quarter");
        assertThat(mvc.get()
                        .uri("/api/reports/quarterly/2026-Q4")
                        .header(
                                HttpHeaders.AUTHORIZATION,
                                TestTokens.bearer(NetworkFixtures.TOWNSHIP, "TOWNSHIP_STAFF"))
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    private MvcTestResult put(String staff, int revision, String workDynamics) {
        return mvc.put()
                .uri("/api/reports/quarterly/2026-Q4/draft")
                .header(HttpHeaders.AUTHORIZATION, staff)
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"revision": %d, "workDynamics": "%s", "salientProblems": "突出问题", "handlingStatus": "处置情况"}""".formatted(revision, workDynamics))
                .exchange();
    }

    private MvcTestResult download(String staff, String format) {
        return mvc.get()
                .uri("/api/reports/quarterly/2026-Q4/" + format)
                .header(HttpHeaders.AUTHORIZATION, staff)
                .exchange();
    }

    private static List<AuditRecorded> audited(String county, AuditAction action) {
        List<AuditRecorded> found = new ArrayList<>();
        try (EventDeserializer deserializer = new EventDeserializer()) {
            for (byte[] value : TestKafka.valuesOf(Topics.AUDIT_RECORDED.name(), "analysis-service")) {
                if (new String(value, StandardCharsets.UTF_8).contains(county + "|2026-Q4")) {
                    AuditRecorded recorded =
                            (AuditRecorded) deserializer.deserialize(Topics.AUDIT_RECORDED.name(), value);
                    if (recorded.action() == action) {
                        assertThat(recorded.scopeNode()).isEqualTo(county);
                        found.add(recorded);
                    }
                }
            }
        }
        return found;
    }

    private static FindingPublished finding(String station, String period, Destination destination) {
        UUID findingId = UUID.randomUUID();
        return new FindingPublished(
                EventIds.derive("finding-published", findingId),
                Instant.parse("2026-11-05T02:00:00Z"),
                findingId,
                period,
                station,
                destination == Destination.DISPOSAL ? FindingKind.TRENDING : FindingKind.RECURRING,
                destination,
                station + "-101",
                station + "-101-U01",
                List.of(station + "-101-U01"),
                "work-style",
                Severity.MODERATE,
                null,
                "Poisson P(X≥6 | λ=1.5)=0.0045 < 0.01",
                List.of(new PeriodCount("2026-08", 1)),
                List.of(UUID.randomUUID(), UUID.randomUUID()),
                destination == Destination.EXCHANGE ? station + "-D03" : null,
                "monthly-1",
                "u-staff");
    }

    private static ReportDraftEdited draft(String station, int revision, String workDynamics) {
        return new ReportDraftEdited(
                EventIds.derive("report-draft-edited", station + "|2026-Q4#" + revision),
                Instant.parse("2026-11-10T02:00:00Z"),
                station,
                "2026-Q4",
                revision,
                workDynamics,
                "突出问题",
                "处置情况",
                "u-staff");
    }
}
