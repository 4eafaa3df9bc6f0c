package org.qingfeng.disposal.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.disposal.NetworkFixtures;
import org.qingfeng.disposal.WebSlice;
import org.qingfeng.disposal.cases.CaseView;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.security.Actor;
import org.qingfeng.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(NoticeController.class)
@Import({WebSlice.class, DocumentsSlice.class, Notices.class})
class NoticeControllerTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    InMemoryCases cases;

    @MockitoBean
    NoticeFindings findings;

    @MockitoBean
    AuditTrail audit;

    private CaseView c;

    @BeforeEach
    void oneOrangeCase() {
        cases.clear();
        c = cases.put(CaseFixtures.anyOrangeCase());
        given(findings.of(any())).willReturn(Optional.empty());
    }

    @Test
    void downloadsTheNoticeAsAPdfAttachmentAndAuditsTheExport() throws Exception {
        MvcTestResult result =
                mvc.get().uri("/api/cases/{id}/notices/2.pdf", c.caseId()).exchange();

        assertThat(result).hasStatusOk().hasContentType("application/pdf");
        assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment;")
                .contains("filename*=UTF-8''%E3%80%942026%E3%80%957%E5%8F%B7%20");
        assertThat(DocumentTexts.ofPdf(result.getResponse().getContentAsByteArray()))
                .contains("廉政预警通知书", "〔2026〕7号");
        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
        verify(audit).record(any(Actor.class), entry.capture());
        assertThat(entry.getValue().action()).isEqualTo(AuditAction.EXPORTED);
        assertThat(entry.getValue().targetType()).isEqualTo("notice");
        assertThat(entry.getValue().targetId()).isEqualTo(c.caseId().toString());
        assertThat(entry.getValue().detail()).isEqualTo("sequence=2 format=pdf");
    }

    @Test
    void downloadsTheNoticeAsOfdForTheRecipientDepartment() throws Exception {
        MvcTestResult result = mvc.get()
                .uri("/api/cases/{id}/notices/2.ofd", c.caseId())
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(NetworkFixtures.DEPARTMENT, "DEPARTMENT_OFFICER"))
                .exchange();

        assertThat(result).hasStatusOk().hasContentType("application/ofd");
        assertThat(DocumentTexts.ofOfd(result.getResponse().getContentAsByteArray()))
                .contains("廉政预警通知书");
        verify(audit).record(any(Actor.class), any(AuditEntry.class));
    }

    @Test
    void answersNotFoundOutsideTheCallersScopeAsForAnUnknownCase() {
        MvcTestResult other = mvc.get()
                .uri("/api/cases/{id}/notices/2.pdf", c.caseId())
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(NetworkFixtures.OTHER_TOWNSHIP, "TOWNSHIP_STAFF"))
                .exchange();
        MvcTestResult unknown = mvc.get()
                .uri("/api/cases/{id}/notices/2.pdf", UUID.randomUUID())
                .exchange();

        assertThat(other).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(unknown).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(other.getResponse().getContentAsByteArray().length).isPositive();
        verifyNoInteractions(audit);
    }

    @Test
    void letsTheTownshipOfTheCaseDownloadButNotAnotherDepartment() {
        MvcTestResult township = mvc.get()
                .uri("/api/cases/{id}/notices/2.pdf", c.caseId())
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(NetworkFixtures.TOWNSHIP, "TOWNSHIP_STAFF"))
                .exchange();
        MvcTestResult department = mvc.get()
                .uri("/api/cases/{id}/notices/2.pdf", c.caseId())
                .header(
                        HttpHeaders.AUTHORIZATION,
                        TestTokens.bearer(NetworkFixtures.ROOT + "-D09", "DEPARTMENT_OFFICER"))
                .exchange();

        assertThat(township).hasStatusOk();
        assertThat(department).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void answersNotFoundForAStepThatIssuedNoNotice() {
        MvcTestResult opened =
                mvc.get().uri("/api/cases/{id}/notices/1.pdf", c.caseId()).exchange();

        assertThat(opened).hasStatus(HttpStatus.NOT_FOUND);
        verifyNoInteractions(audit);
    }

    @Test
    void refusesRolesThatHaveNoNotices() {
        MvcTestResult result = mvc.get()
                .uri("/api/cases/{id}/notices/2.pdf", c.caseId())
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(NetworkFixtures.ROOT, "NETWORK_ADMIN"))
                .exchange();

        assertThat(result).hasStatus(HttpStatus.FORBIDDEN);
        verifyNoInteractions(audit);
    }
}
