package org.qingfeng.disposal.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.disposal.NetworkFixtures;
import org.qingfeng.disposal.WebSlice;
import org.qingfeng.disposal.notice.CaseFixtures;
import org.qingfeng.disposal.notice.DocumentTexts;
import org.qingfeng.disposal.notice.DocumentsSlice;
import org.qingfeng.disposal.notice.InMemoryCases;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.security.Actor;
import org.qingfeng.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(BulletinController.class)
@Import({WebSlice.class, DocumentsSlice.class, BulletinControllerTests.Early.class})
class BulletinControllerTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class Early {
        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-12-05T02:00:00Z"), ZoneOffset.UTC);
        }
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    InMemoryCases cases;

    @MockitoBean
    AuditTrail audit;

    @BeforeEach
    void twoCasesOfTheTownshipAndOneOfTheDepartment() {
        cases.clear();
        cases.put(CaseFixtures.anyOrangeCase());
        cases.put(CaseFixtures.anEscalatedCase());
    }

    @Test
    void answersTheMonthsRowsAndTotalsAsJson() {
        MvcTestResult result = mvc.get().uri("/api/bulletins/2026-11").exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.month").isEqualTo("2026-11");
        assertThat(result).bodyJson().extractingPath("$.rows.length()").isEqualTo(2);
        assertThat(result).bodyJson().extractingPath("$.rows[0].unitName").isEqualTo("县卫生健康局");
        assertThat(result).bodyJson().extractingPath("$.rows[0].dueOn").isEqualTo("2026-11-24");
        assertThat(result).bodyJson().isLenientlyEqualTo("""
                {"totals": {"opened": 1, "closed": 0, "referred": 0, "escalated": 1, "overdue": 2}}""");
        verifyNoInteractions(audit);
    }

    @Test
    void countsOnlyTheCasesInTheCallersSubtree() {
        MvcTestResult result = mvc.get()
                .uri("/api/bulletins/2026-11")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(NetworkFixtures.OTHER_TOWNSHIP, "TOWNSHIP_STAFF"))
                .exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.rows.length()").isEqualTo(0);
        assertThat(result).bodyJson().extractingPath("$.totals.overdue").isEqualTo(0);
    }

    @Test
    void rendersTheBulletinAsAPdfHoldingItsTotalsAndAuditsTheExport() throws Exception {
        MvcTestResult result = mvc.get().uri("/api/bulletins/2026-11.pdf").exchange();

        assertThat(result).hasStatusOk().hasContentType("application/pdf");
        byte[] pdf = result.getResponse().getContentAsByteArray();
        assertThat(DocumentTexts.ofPdf(pdf))
                .contains("关于2026年11月预警整改情况的通报", "共启动预警处置案件1件", "升级处置1次", "截至月末逾期未答复2件", "县卫生健康局");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 96);
            Path png = Path.of("target", "notice-png", "bulletin-2026-11-1.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(page, "png", png.toFile());
        }
        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit).record(any(Actor.class), entry.capture());
        assertThat(entry.getValue().action()).isEqualTo(AuditAction.EXPORTED);
        assertThat(entry.getValue().targetId()).isEqualTo("2026-11");
        assertThat(entry.getValue().detail()).isEqualTo("cases=2 format=pdf");
    }

    @Test
    void writesTheBulletinAsOfd() throws Exception {
        MvcTestResult result = mvc.get().uri("/api/bulletins/2026-11.ofd").exchange();

        assertThat(result).hasStatusOk().hasContentType("application/ofd");
        assertThat(DocumentTexts.ofOfd(result.getResponse().getContentAsByteArray()))
                .contains("关于2026年11月预警整改情况的通报", "截至月末逾期未答复2件");
    }

    @Test
    void refusesDepartmentsAndBadMonths() {
        MvcTestResult department = mvc.get()
                .uri("/api/bulletins/2026-11")
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(NetworkFixtures.DEPARTMENT, "DEPARTMENT_OFFICER"))
                .exchange();
        MvcTestResult month = mvc.get().uri("/api/bulletins/2026-13").exchange();

        assertThat(department).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(month).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(month).bodyJson().extractingPath("$.errors[0].field").isEqualTo("month");
    }
}
