package org.qingfeng.disposal.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.Topics;
import org.qingfeng.disposal.DisposalIntegrationTest;
import org.qingfeng.disposal.NetworkFixtures;
import org.qingfeng.disposal.cases.CaseFiles;
import org.qingfeng.disposal.cases.CaseJson.AttachmentJson;
import org.qingfeng.disposal.cases.CaseView;
import org.qingfeng.disposal.cases.Cases;
import org.qingfeng.disposal.inbox.CaseFixtures;
import org.qingfeng.testsupport.TestKafka;
import org.qingfeng.testsupport.TestTokens;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** A reply's file through the real broker into {@code case_attachments} and {@code case_files}, and back out whole. */
class CaseFilesIT extends DisposalIntegrationTest {

    @Autowired
    CaseFileStore store;

    @Autowired
    CaseFiles files;

    @Autowired
    CaseFileDownloads downloads;

    @Autowired
    ObjectProvider<Cases> cases;

    @Test
    void storesAFileInChunksAndHandsItBackWholeAndUnchanged() {
        CaseView c = CaseFixtures.anyCase();
        byte[] report = new byte[700 * 1024];
        new Random(11).nextBytes(report);
        System.arraycopy("%PDF-1.7".getBytes(), 0, report, 0, 8);

        List<AttachmentJson> stored =
                store.store(c.caseId(), List.of(new ReplyFile("整改报告.pdf", report)), Instant.now());

        UUID attachmentId = stored.get(0).attachmentId();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(files.of(c.caseId()))
                .containsEntry(attachmentId, new AttachmentJson(attachmentId, "整改报告.pdf", report.length)));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(downloads.content(
                        downloads.file(c.caseId(), attachmentId).orElseThrow()))
                .isEqualTo(report));
        assertThat(downloads.file(UUID.randomUUID(), attachmentId)).isEmpty();
        assertThat(TestKafka.valuesOf(Topics.CASE_ATTACHMENTS.name(), attachmentId.toString()))
                .hasSize(3);

        downloadOverHttpOnceTheCaseIsProjected(c, attachmentId, report);
    }

    /**
     * The download endpoint needs the case from the {@code cases} projection; with the cases feature in the
     * service, the case's steps are published and the department downloads its own file.
     */
    private void downloadOverHttpOnceTheCaseIsProjected(CaseView c, UUID attachmentId, byte[] report) {
        Cases projection = cases.getIfAvailable();
        if (projection == null) {
            return;
        }
        c.history()
                .forEach(step ->
                        TestKafka.publish(Topics.CASE_STEPS.name(), c.caseId().toString(), step));
        await().atMost(Duration.ofSeconds(30))
                .until(() -> projection.find(c.caseId()).isPresent());

        MvcTestResult result = mvc.get()
                .uri("/api/cases/{caseId}/attachments/{attachmentId}", c.caseId(), attachmentId)
                .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(NetworkFixtures.DEPARTMENT, "DEPARTMENT_OFFICER"))
                .exchange();

        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(report);
    }
}
