package org.qingfeng.disposal.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.contracts.disposal.CaseAttachmentChunk;
import org.qingfeng.contracts.disposal.CaseStepped.State;
import org.qingfeng.contracts.disposal.CaseStepped.Step;
import org.qingfeng.disposal.DisposalProperties;
import org.qingfeng.disposal.NetworkFixtures;
import org.qingfeng.disposal.WebSlice;
import org.qingfeng.disposal.attachment.AttachmentProperties;
import org.qingfeng.disposal.attachment.CaseAccess;
import org.qingfeng.disposal.attachment.CaseFileStore;
import org.qingfeng.disposal.cases.CaseCommand;
import org.qingfeng.disposal.cases.CaseView;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.security.Actor;
import org.qingfeng.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest({InboxController.class, AnswerController.class})
@Import({
    WebSlice.class,
    InMemoryCases.Config.class,
    CaseAccess.class,
    CaseFileStore.class,
    InboxControllerTests.Settings.class
})
class InboxControllerTests {

    static final String OFFICER = TestTokens.bearer(NetworkFixtures.DEPARTMENT, "DEPARTMENT_OFFICER");
    static final String OTHER_OFFICER = TestTokens.bearer(NetworkFixtures.ROOT + "-D09", "DEPARTMENT_OFFICER");
    static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    MockMvcTester mvc;

    @Autowired
    InMemoryCases cases;

    @MockitoBean
    AuditTrail audit;

    @MockitoBean
    KafkaTemplate<String, Object> kafka;

    @TestConfiguration(proxyBeanMethods = false)
    @EnableConfigurationProperties({DisposalProperties.class, AttachmentProperties.class})
    static class Settings {}

    @BeforeEach
    void brokerAcknowledges() {
        cases.clear();
        given(kafka.send(any(ProducerRecord.class))).willReturn(CompletableFuture.completedFuture(null));
    }

    @Test
    void listsTheDepartmentsOwnOpenCasesOverdueFirstAndNothingOfAnotherDepartment() {
        CaseView later = CaseFixtures.anyCase();
        CaseView overdue = overdue(CaseFixtures.anyCase());
        CaseView another = CaseFixtures.anyCaseAddressedTo(NetworkFixtures.ROOT + "-D09");
        CaseView closed = CaseFixtures.after(
                CaseFixtures.anyCase(), Step.REPLY_ACCEPTED, State.CLOSED, InMemoryCases.Config.NOW, null);
        cases.put(later, overdue, another, closed);

        MvcTestResult result = mvc.get()
                .uri("/api/inbox")
                .header(HttpHeaders.AUTHORIZATION, OFFICER)
                .exchange();

        assertThat(result).hasStatusOk();
        assertThat(result)
                .bodyJson()
                .extractingPath("$.cases[*].caseId")
                .isEqualTo(List.of(overdue.caseId().toString(), later.caseId().toString()));
        assertThat(result).bodyJson().extractingPath("$.cases[0].overdue").isEqualTo(true);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.cases[0].rungLabel")
                .isEqualTo("蓝色预警：书面说明 / Blue: written explanation");
        then(audit)
                .should()
                .record(
                        any(Actor.class),
                        eq(AuditEntry.of(AuditAction.ITEM_LIST, "case", null, NetworkFixtures.DEPARTMENT)
                                .detail("2")));
    }

    @Test
    void listsFinishedCasesOnlyWhenAskedFor() {
        CaseView open = CaseFixtures.anyCase();
        CaseView closed = CaseFixtures.after(
                CaseFixtures.anyCase(), Step.REPLY_ACCEPTED, State.CLOSED, InMemoryCases.Config.NOW, null);
        cases.put(open, closed);

        MvcTestResult result = mvc.get()
                .uri("/api/inbox?state=FINISHED")
                .header(HttpHeaders.AUTHORIZATION, OFFICER)
                .exchange();

        assertThat(result)
                .bodyJson()
                .extractingPath("$.cases[*].caseId")
                .isEqualTo(List.of(closed.caseId().toString()));
    }

    @Test
    void answersAnotherDepartmentsCaseExactlyAsAnUnknownOne() {
        CaseView c = CaseFixtures.anyCase();
        cases.put(c);

        MvcTestResult other = mvc.get()
                .uri("/api/inbox/{id}", c.caseId())
                .header(HttpHeaders.AUTHORIZATION, OTHER_OFFICER)
                .exchange();
        MvcTestResult acknowledge = mvc.post()
                .uri("/api/inbox/{id}/acknowledgement", c.caseId())
                .header(HttpHeaders.AUTHORIZATION, OTHER_OFFICER)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"sequence\": 2}")
                .exchange();

        for (MvcTestResult result : List.of(other, acknowledge)) {
            assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
            assertThat(result)
                    .bodyJson()
                    .extractingPath("$.detail")
                    .isEqualTo("没有这件处置案件 / No such case: " + c.caseId());
        }
        assertThat(cases.appended()).isEmpty();
    }

    @Test
    void showsTheDetailWithHistoryAndNoticesAndAuditsTheRead() {
        CaseView c = CaseFixtures.anyCase();
        cases.put(c);

        MvcTestResult result = mvc.get()
                .uri("/api/inbox/{id}", c.caseId())
                .header(HttpHeaders.AUTHORIZATION, OFFICER)
                .exchange();

        assertThat(result).hasStatusOk();
        assertThat(result)
                .bodyJson()
                .extractingPath("$.history[1].documentNumber")
                .isEqualTo("〔2026〕7号");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.notices[0].pdf")
                .isEqualTo("/api/cases/" + c.caseId() + "/notices/2.pdf");
        then(audit)
                .should()
                .record(
                        any(Actor.class),
                        eq(AuditEntry.of(
                                AuditAction.ITEM_READ, "case", c.caseId().toString(), NetworkFixtures.DEPARTMENT)));
    }

    @Test
    void acknowledgesReceiptAsTheOfficerWithTheSequenceSeen() {
        CaseView c = CaseFixtures.anyCase();
        cases.put(c);

        MvcTestResult result = mvc.post()
                .uri("/api/inbox/{id}/acknowledgement", c.caseId())
                .header(HttpHeaders.AUTHORIZATION, OFFICER)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"sequence\": 2}")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.ACCEPTED);
        assertThat(result).bodyJson().isStrictlyEqualTo("""
                {"caseId": "%s", "sequence": 3, "attachments": []}""".formatted(c.caseId()));
        assertThat(cases.appended()).singleElement().satisfies(command -> {
            assertThat(command.step()).isEqualTo(Step.ACKNOWLEDGED);
            assertThat(command.expectedSequence()).isEqualTo(2L);
        });
        then(audit)
                .should()
                .record(
                        any(Actor.class),
                        eq(AuditEntry.of(
                                        AuditAction.CASE_ANSWERED,
                                        "case",
                                        c.caseId().toString(),
                                        NetworkFixtures.DEPARTMENT)
                                .detail("ACKNOWLEDGED sequence=3 attachments=0")));
    }

    @Test
    void passesTheMachinesConflictThroughAsA409() {
        CaseView c = CaseFixtures.anyCase();
        cases.put(c);
        cases.refuseNext("已签收 / Already acknowledged");

        MvcTestResult result = mvc.post()
                .uri("/api/inbox/{id}/acknowledgement", c.caseId())
                .header(HttpHeaders.AUTHORIZATION, OFFICER)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"sequence\": 2}")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("已签收 / Already acknowledged");
        then(audit).should(never()).record(any(Actor.class), any(AuditEntry.class));
    }

    @Test
    void refusesAnAcknowledgementWithoutASequence() {
        CaseView c = CaseFixtures.anyCase();
        cases.put(c);

        MvcTestResult result = mvc.post()
                .uri("/api/inbox/{id}/acknowledgement", c.caseId())
                .header(HttpHeaders.AUTHORIZATION, OFFICER)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{}")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("sequence");
    }

    @Test
    void letsStationStaffReadButNotAnswer() {
        CaseView c = CaseFixtures.anyCase();
        cases.put(c);

        assertThat(mvc.get().uri("/api/inbox/{id}", c.caseId())).hasStatusOk();
        assertThat(mvc.post()
                        .uri("/api/inbox/{id}/acknowledgement", c.caseId())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sequence\": 2}"))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void refusesAReplyWithoutTextOrSequenceNamingBothFields() {
        CaseView c = CaseFixtures.anyCase();
        cases.put(c);

        MvcTestResult result = mvc.post()
                .uri("/api/inbox/{id}/reply", c.caseId())
                .header(HttpHeaders.AUTHORIZATION, OFFICER)
                .multipart()
                .param("text", " ")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").isEqualTo(List.of("sequence", "text"));
        assertThat(result).bodyJson().extractingPath("$.errors[1].message").isEqualTo("必填 / required");
        assertThat(cases.appended()).isEmpty();
    }

    @Test
    void refusesATextLongerThanTwentyThousandCharacters() {
        CaseView c = CaseFixtures.anyCase();
        cases.put(c);

        MvcTestResult result = reply(c, "2", "整".repeat(20_001));

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("text");
    }

    @Test
    void refusesFilesOfAnotherKindOrWhoseContentBeliesTheirExtension() {
        CaseView c = CaseFixtures.anyCase();
        cases.put(c);

        MvcTestResult result = reply(
                c,
                "2",
                "已整改 / Rectified",
                new MockMultipartFile("files", "说明.pdf", "application/pdf", PDF),
                new MockMultipartFile("files", "run.exe", "application/octet-stream", new byte[] {'M', 'Z', 0, 0}),
                new MockMultipartFile("files", "photo.png", "image/png", PDF));

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[*].field").isEqualTo(List.of("files[1]", "files[2]"));
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[1].message")
                .isEqualTo("文件内容与扩展名不符 / The file's content does not match its extension");
        then(kafka).should(never()).send(any(ProducerRecord.class));
    }

    @Test
    void refusesMoreThanFiveFilesAndAFileOverFiveMegabytes() {
        CaseView c = CaseFixtures.anyCase();
        cases.put(c);
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);

        MockMultipartFile[] six = new MockMultipartFile[6];
        for (int i = 0; i < six.length; i++) {
            six[i] = new MockMultipartFile("files", i + ".pdf", "application/pdf", PDF);
        }
        MvcTestResult tooMany = reply(c, "2", "答复", six);
        MvcTestResult tooBig = reply(c, "2", "答复", new MockMultipartFile("files", "big.pdf", "application/pdf", big));

        assertThat(tooMany).bodyJson().extractingPath("$.errors[0].field").isEqualTo("files");
        assertThat(tooBig).bodyJson().extractingPath("$.errors[0].field").isEqualTo("files[0]");
    }

    @Test
    void storesTheFilesOnTheBrokerBeforeTheReplyStepThatNamesThem() {
        CaseView c = CaseFixtures.anyCase();
        cases.put(c);
        byte[] report = new byte[600 * 1024];
        System.arraycopy(PDF, 0, report, 0, PDF.length);

        MvcTestResult result = reply(
                c, "2", "已完成整改 / Rectified", new MockMultipartFile("files", "整改报告.pdf", "application/pdf", report));

        assertThat(result).hasStatus(HttpStatus.ACCEPTED);
        assertThat(result).bodyJson().extractingPath("$.sequence").isEqualTo(3);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.attachments[0].fileName")
                .isEqualTo("整改报告.pdf");
        assertThat(result).bodyJson().extractingPath("$.attachments[0].size").isEqualTo(600 * 1024);
        ArgumentCaptor<ProducerRecord<String, Object>> sent = ArgumentCaptor.captor();
        then(kafka).should(times(3)).send(sent.capture());
        List<CaseAttachmentChunk> chunks = sent.getAllValues().stream()
                .peek(r -> assertThat(r.topic()).isEqualTo(Topics.CASE_ATTACHMENTS.name()))
                .map(r -> (CaseAttachmentChunk) r.value())
                .toList();
        assertThat(chunks).extracting(CaseAttachmentChunk::index).containsExactly(0, 1, 2);
        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.count()).isEqualTo(3));
        CaseCommand reply = cases.appended().get(0);
        assertThat(reply.step()).isEqualTo(Step.REPLIED);
        assertThat(reply.attachmentIds()).containsExactly(chunks.get(0).attachmentId());
        assertThat(reply.text()).isEqualTo("已完成整改 / Rectified");
        ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.captor();
        then(audit).should().record(any(Actor.class), entry.capture());
        assertThat(entry.getValue().action()).isEqualTo(AuditAction.CASE_ANSWERED);
        assertThat(entry.getValue().toString()).doesNotContain("整改 / Rectified");
    }

    @Test
    void refusesAStaleReplyBeforeStoringAnyFile() {
        CaseView c = CaseFixtures.anyCase();
        cases.put(c);

        MvcTestResult result = reply(c, "1", "答复", new MockMultipartFile("files", "a.pdf", "application/pdf", PDF));

        assertThat(result).hasStatus(HttpStatus.CONFLICT);
        then(kafka).should(never()).send(any(ProducerRecord.class));
    }

    @Test
    void answersA503WhenTheBrokerDoesNotTakeTheFiles() {
        CaseView c = CaseFixtures.anyCase();
        cases.put(c);
        given(kafka.send(any(ProducerRecord.class)))
                .willReturn(CompletableFuture.failedFuture(new IllegalStateException("broker down")));

        MvcTestResult result = reply(c, "2", "答复", new MockMultipartFile("files", "a.pdf", "application/pdf", PDF));

        assertThat(result).hasStatus(HttpStatus.SERVICE_UNAVAILABLE).containsHeader(HttpHeaders.RETRY_AFTER);
        assertThat(cases.appended()).isEmpty();
    }

    private MvcTestResult reply(CaseView c, String sequence, String text, MockMultipartFile... files) {
        var request = mvc.post()
                .uri("/api/inbox/{id}/reply", c.caseId())
                .header(HttpHeaders.AUTHORIZATION, OFFICER)
                .multipart();
        for (MockMultipartFile file : files) {
            request = request.file(file);
        }
        return request.param("sequence", sequence).param("text", text).exchange();
    }

    private static CaseView overdue(CaseView c) {
        Instant past = Instant.parse("2026-11-17T16:00:00Z");
        return CaseFixtures.view(c.history().stream()
                .map(s -> CaseFixtures.step(
                        s.caseId(),
                        s.sequence(),
                        s.step(),
                        s.state(),
                        s.recipientCode(),
                        s.occurredAt(),
                        past,
                        null,
                        s.documentNumber()))
                .toList());
    }
}
