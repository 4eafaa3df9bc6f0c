package org.qingfeng.disposal.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.disposal.NetworkFixtures;
import org.qingfeng.disposal.WebSlice;
import org.qingfeng.disposal.attachment.AttachmentStore.StoredFile;
import org.qingfeng.disposal.attachment.rules.Chunks;
import org.qingfeng.disposal.cases.CaseView;
import org.qingfeng.disposal.inbox.CaseFixtures;
import org.qingfeng.disposal.inbox.InMemoryCases;
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

@WebMvcTest(AttachmentController.class)
@Import({WebSlice.class, InMemoryCases.Config.class, CaseAccess.class, CaseFileDownloads.class})
class AttachmentControllerTests {

    static final String OFFICER = TestTokens.bearer(NetworkFixtures.DEPARTMENT, "DEPARTMENT_OFFICER");
    static final byte[] REPORT = "%PDF-1.4 整改报告".getBytes(StandardCharsets.UTF_8);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    InMemoryCases cases;

    @MockitoBean
    AttachmentStore store;

    @MockitoBean
    AuditTrail audit;

    CaseView c;
    StoredFile file;

    @BeforeEach
    void aCaseWithAReplyFile() {
        cases.clear();
        c = CaseFixtures.anyCase();
        cases.put(c);
        file = new StoredFile(
                UUID.randomUUID(), c.caseId(), "整改报告.pdf", "application/pdf", REPORT.length, Chunks.sha256(REPORT), 2);
        given(store.file(file.attachmentId())).willReturn(Optional.of(file));
        given(store.chunks(file)).willReturn(Optional.of(Chunks.split(REPORT, 10)));
    }

    @Test
    void streamsTheFileToTheRecipientDepartmentWithItsNameAndAuditsTheExport() {
        MvcTestResult result = download(c.caseId(), OFFICER);

        assertThat(result).hasStatusOk().hasContentType("application/pdf");
        assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(REPORT);
        assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment;")
                .contains("filename*=UTF-8''%E6%95%B4%E6%94%B9%E6%8A%A5%E5%91%8A.pdf");
        then(audit)
                .should()
                .record(
                        any(Actor.class),
                        eq(AuditEntry.of(
                                        AuditAction.EXPORTED,
                                        "case-attachment",
                                        file.attachmentId().toString(),
                                        NetworkFixtures.DEPARTMENT)
                                .detail("case=" + c.caseId())));
    }

    @Test
    void letsStationStaffInScopeDownloadToo() {
        assertThat(download(c.caseId(), TestTokens.bearer(NetworkFixtures.ROOT, "WORK_STATION_STAFF")))
                .hasStatusOk();
    }

    @Test
    void refusesAFileWhoseChunksDoNotAddUpToTheUploadedDigest() {
        byte[] tampered = REPORT.clone();
        tampered[3] ^= 1;
        given(store.chunks(file)).willReturn(Optional.of(Chunks.split(tampered, 10)));

        MvcTestResult result = download(c.caseId(), OFFICER);

        assertThat(result).hasStatus(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(result).bodyJson().extractingPath("$.title").isEqualTo("文件已损坏 / File damaged");
        then(audit).should(never()).record(any(Actor.class), any(AuditEntry.class));
    }

    @Test
    void asksToRetryWhileChunksAreStillBeingProjected() {
        given(store.chunks(file)).willReturn(Optional.empty());

        assertThat(download(c.caseId(), OFFICER))
                .hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
                .containsHeader(HttpHeaders.RETRY_AFTER);
    }

    @Test
    void answersAnotherDepartmentAndAnotherCasesPathAsUnknown() {
        CaseView other = CaseFixtures.anyCase();
        cases.put(other);

        MvcTestResult otherDepartment =
                download(c.caseId(), TestTokens.bearer(NetworkFixtures.ROOT + "-D09", "DEPARTMENT_OFFICER"));
        MvcTestResult otherCase = download(other.caseId(), OFFICER);
        MvcTestResult township =
                download(c.caseId(), TestTokens.bearer(NetworkFixtures.OTHER_TOWNSHIP, "WORK_STATION_STAFF"));

        for (MvcTestResult result : List.of(otherDepartment, otherCase, township)) {
            assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        }
        then(audit).should(never()).record(any(Actor.class), any(AuditEntry.class));
    }

    private MvcTestResult download(UUID caseId, String authorization) {
        return mvc.get()
                .uri("/api/cases/{caseId}/attachments/{attachmentId}", caseId, file.attachmentId())
                .header(HttpHeaders.AUTHORIZATION, authorization)
                .exchange();
    }
}
