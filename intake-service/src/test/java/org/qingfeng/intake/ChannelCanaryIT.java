package org.qingfeng.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.user.GreenMailUser;
import com.mongodb.client.MongoDatabase;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qingfeng.contracts.intake.Channel;
import org.qingfeng.contracts.intake.InformantRecorded.Role;
import org.qingfeng.contracts.intake.InformantType;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.intake.channel.mail.MailFixtures;
import org.qingfeng.intake.informant.rules.AppointmentDraft;
import org.qingfeng.intake.informant.rules.ResidentIdNumber;
import org.qingfeng.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 5's canary: one person's identity submitted {@value #TIMES} times through every channel
 * (the JSON API, the web form's multipart with files, SMS, e-mail with files, staff entry, the
 * monthly batch, the quarterly report), then looked for everywhere it must not be: every record of
 * every topic, every document of every collection (the sealed ones included: sealed means
 * unreadable), the service's log, and every answer a caller other than the custodian got.
 */
@ExtendWith(OutputCaptureExtension.class)
class ChannelCanaryIT extends ChannelIntegrationTest {

    private static final int TIMES = 100;
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private static final String NUMBER = "CANARY-CH-0077";
    private static final String NAME = "甄银雀";
    private static final String PHONE = "13912345677";
    private static final String EMAIL = "zhen.yinque.canary@example.org";
    private static final String ID_BODY = "33028119900817523";
    private static final String ID_NUMBER = ID_BODY + ResidentIdNumber.checkCharacter(ID_BODY);
    private static final String CONTACT = NAME + " " + PHONE + " " + EMAIL;
    private static final String FILE_NAME = NAME + "拍的照片.jpg";
    private static final String POINT = NetworkFixtures.TOWNSHIP + "-M77";

    @Autowired
    MongoDatabase database;

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> answers = new CopyOnWriteArrayList<>();

    @BeforeEach
    void loadTheNetwork() {
        loadTheInformantNetwork();
        http.put()
                .uri("/api/network/nodes")
                .contentType(MediaType.APPLICATION_JSON)
                .body(List.of(Map.of(
                        "code",
                        POINT,
                        "kind",
                        "MONITORING_POINT",
                        "name",
                        "金雀监测点",
                        "parentCode",
                        NetworkFixtures.TOWNSHIP)))
                .exchange()
                .expectStatus()
                .isAccepted();
        await().atMost(PATIENCE).untilAsserted(() -> http.get()
                .uri("/api/network/nodes")
                .exchange()
                .expectBody(String.class)
                .value(nodes -> assertThat(nodes).contains(POINT)));
    }

    @Test
    void theCanaryIsInNoTopicNoCollectionNoLogAndNoAnswerWhicheverChannelItCameBy(CapturedOutput output)
            throws IOException {
        String token = appoint(canary());

        IntStream.range(0, TIMES).forEach(i -> {
            json(i);
            multipart(i);
            sms(i);
            mail(i);
            staffEntry(i);
        });
        batch();
        quarterlyReport();

        for (Channel channel : List.of(
                Channel.API,
                Channel.WEB_FORM,
                Channel.SMS,
                Channel.EMAIL,
                Channel.HOTLINE,
                Channel.MONTHLY_BATCH,
                Channel.MONITORING_REPORT)) {
            await().atMost(PATIENCE)
                    .untilAsserted(() ->
                            assertThat(itemsOf(channel)).as(channel.name()).hasSize(TIMES));
        }
        assertThat(itemsOf(Channel.SMS))
                .allSatisfy(item -> assertThat(item.informantToken()).isEqualTo(token));
        assertThat(itemsOf(Channel.EMAIL))
                .allSatisfy(item -> assertThat(item.informantToken()).isEqualTo(token));
        readAsStaff(token);

        assertThat(everyRecord()).noneMatch(ChannelCanaryIT::carriesTheCanary);
        assertThat(everyDocument()).isNotEmpty().noneMatch(ChannelCanaryIT::carriesTheCanary);
        assertThat(answers).hasSizeGreaterThan(4 * TIMES).noneMatch(ChannelCanaryIT::carriesTheCanary);
        assertThat(serviceLog(output)).isNotEmpty().noneMatch(ChannelCanaryIT::carriesTheCanary);
    }

    /**
     * The log lines of this JVM but the test's mail server's: GreenMail logs the address it delivers
     * a reply to, as a real mail server would in its own log, outside the service.
     */
    private static List<String> serviceLog(CapturedOutput output) {
        return output.getAll()
                .lines()
                .filter(line -> !line.contains("c.icegreen.greenmail"))
                .toList();
    }

    private static boolean carriesTheCanary(String text) {
        String lower = text.toLowerCase();
        return text.contains(NAME)
                || text.contains(PHONE)
                || text.contains("139 1234 5677")
                || lower.contains(EMAIL)
                || text.contains(ID_NUMBER)
                || text.contains(NUMBER)
                || text.contains(AttachmentFixtures.CANARY);
    }

    private void json(int i) {
        Map<String, Object> item = item(Channel.API, i);
        item.put("concerns", "村会计 " + NAME);
        item.put("contact", CONTACT);
        remember(anonymous()
                .post()
                .uri("/api/items")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", run + "-json-" + i)
                .body(item)
                .exchange()
                .expectStatus()
                .isAccepted());
    }

    private void multipart(int i) {
        Map<String, Object> item = item(Channel.WEB_FORM, i);
        item.put("contact", CONTACT);
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("item", new HttpEntity<>(JsonMapper.shared().writeValueAsString(item), json));
        if (i % 10 == 0) {
            parts.add("files", file(FILE_NAME, AttachmentFixtures.jpegWithExif()));
        }
        remember(anonymous()
                .post()
                .uri("/api/items")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts)
                .exchange()
                .expectStatus()
                .isAccepted());
    }

    private void sms(int i) {
        String body = SmsFixtures.body("canary-" + run + "-" + i, "+86 139 1234 5677", description(Channel.SMS, i));
        String now = String.valueOf(Instant.now().getEpochSecond());
        remember(anonymous()
                .post()
                .uri("/api/channels/sms")
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-Qingfeng-Timestamp", now)
                .header("X-Qingfeng-Signature", SmsFixtures.sign(SMS_SECRET, now, body))
                .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .exchange()
                .expectStatus()
                .isOk());
    }

    private void mail(int i) {
        String from = "\"" + NAME + "\" <" + EMAIL + ">";
        String messageId = "<canary-" + run + "-" + i + "@example.org>";
        byte[] raw = i % 10 == 0
                ? MailFixtures.anyMailWithFile(
                        from,
                        messageId,
                        description(Channel.EMAIL, i),
                        FILE_NAME,
                        "image/jpeg",
                        AttachmentFixtures.jpegWithExif())
                : MailFixtures.anyPlainMail(from, messageId, "村务公开问题", description(Channel.EMAIL, i), MailFixtures.GBK);
        GreenMailUser mailbox = MAIL.getUserManager().getUserByEmail(MAILBOX);
        mailbox.deliver(MailFixtures.message(raw));
    }

    private void staffEntry(int i) {
        Map<String, Object> item = item(Channel.HOTLINE, i);
        item.put("contact", CONTACT);
        item.put("concerns", NAME + "的邻居");
        remember(as(TestTokens.bearer(NetworkFixtures.TOWNSHIP, "TOWNSHIP_STAFF"))
                .post()
                .uri("/api/items/on-behalf")
                .contentType(MediaType.APPLICATION_JSON)
                .body(item)
                .exchange()
                .expectStatus()
                .isAccepted());
    }

    private void batch() throws IOException {
        RestTestClient township = as(TestTokens.bearer(NetworkFixtures.TOWNSHIP, "TOWNSHIP_STAFF"));
        byte[] template = township.get()
                .uri("/api/items/batch-template")
                .exchange()
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
        byte[] filled;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheet("预警信息");
            for (int i = 0; i < TIMES; i++) {
                List<String> cells = List.of(
                        NetworkFixtures.VILLAGE,
                        NetworkFixtures.DEPARTMENT,
                        "work-style",
                        "",
                        "",
                        "",
                        "",
                        description(Channel.MONTHLY_BATCH, i),
                        "",
                        "村会计 " + NAME,
                        CONTACT);
                Row row = sheet.createRow(i + 1);
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).isEmpty()) {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            filled = out.toByteArray();
        }
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", file(NAME + "的月报.xlsx", filled));
        remember(township.post()
                .uri("/api/items/batch")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts)
                .exchange()
                .expectStatus()
                .isAccepted());
    }

    private void quarterlyReport() {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < TIMES; i++) {
            Map<String, Object> item = item(Channel.MONITORING_REPORT, i);
            item.remove("regionCode");
            item.remove("channel");
            item.put("contact", CONTACT);
            items.add(item);
        }
        remember(as(TestTokens.bearer(POINT, "MONITORING_STAFF"))
                .post()
                .uri("/api/reporting/quarterly-reports")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "unitCode", POINT,
                        "period", "2025-Q4",
                        "workDynamics", "本季度召开监测点座谈会2次。",
                        "salientProblems", "部分窗口服务态度生硬，群众反映办事等候时间长。",
                        "handlingStatus", "上季度反映的3条信息已办结2条。",
                        "dataTable", List.of(Map.of("label", "座谈会 / forums held", "value", 2)),
                        "items", items))
                .exchange()
                .expectStatus()
                .isAccepted());
    }

    /** What staff without the custodian's role can read about these items and the informant. */
    private void readAsStaff(String token) {
        remember(
                http.get().uri("/api/items?limit=100").exchange().expectStatus().isOk());
        for (Channel channel : List.of(Channel.API, Channel.WEB_FORM, Channel.SMS, Channel.EMAIL, Channel.HOTLINE)) {
            for (ItemSubmitted item : itemsOf(channel).subList(0, 10)) {
                String id = item.itemId().toString();
                remember(http.get()
                        .uri("/api/items/" + id)
                        .exchange()
                        .expectStatus()
                        .isOk());
                remember(http.get().uri("/api/items/" + id + "/attachments").exchange());
                remember(http.get().uri("/api/items/" + id + "/follow-ups").exchange());
                remember(http.get().uri("/api/items/" + id + "/matches").exchange());
            }
        }
        remember(http.get().uri("/api/informants").exchange().expectStatus().isOk());
        remember(http.post()
                .uri("/api/informants/record")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("informantToken", token))
                .exchange()
                .expectStatus()
                .isOk());
    }

    private void remember(RestTestClient.ResponseSpec response) {
        byte[] body = response.expectBody(byte[].class).returnResult().getResponseBody();
        answers.add(body == null ? "" : new String(body, java.nio.charset.StandardCharsets.UTF_8));
    }

    private Map<String, Object> item(Channel channel, int i) {
        Map<String, Object> item = new HashMap<>();
        item.put("regionCode", NetworkFixtures.VILLAGE);
        item.put("unitCode", NetworkFixtures.DEPARTMENT);
        item.put("subjectArea", "work-style");
        item.put("channel", channel.name());
        item.put("description", description(channel, i));
        return item;
    }

    /** A description marking the run and channel; never the canary, which descriptions may carry. */
    private String description(Channel channel, int i) {
        return "村集体资金使用未按规定公示，金雀" + run + " " + channel.name() + " 第" + i + "次";
    }

    private List<ItemSubmitted> itemsOf(Channel channel) {
        String marker = "金雀" + run + " " + channel.name() + " ";
        return itemsDescribing(marker).stream()
                .filter(item -> item.item().channel() == channel)
                .toList();
    }

    private List<String> everyDocument() {
        List<String> texts = new ArrayList<>();
        for (String collection : database.listCollectionNames()) {
            database.getCollection(collection).find().map(Document::toJson).forEach(texts::add);
        }
        return texts;
    }

    private static HttpEntity<ByteArrayResource> file(String name, byte[] content) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        return new HttpEntity<>(
                new ByteArrayResource(content) {
                    @Override
                    public String getFilename() {
                        return name;
                    }
                },
                headers);
    }

    private static AppointmentDraft canary() {
        return new AppointmentDraft(
                NUMBER,
                NAME,
                "139 1234 5677",
                EMAIL,
                ID_NUMBER,
                NetworkFixtures.VILLAGE,
                NetworkFixtures.TOWNSHIP,
                InformantType.REGULAR,
                List.of(),
                List.of(Role.INTEGRITY),
                LocalDate.of(2025, 6, 1));
    }
}
