package org.qingfeng.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.Channel;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.contracts.intake.SubmissionReceived;
import org.qingfeng.contracts.intake.SubmitterKind;
import org.qingfeng.testsupport.ConsumerGroups;
import org.qingfeng.testsupport.TestKafka;
import org.qingfeng.testsupport.TestTokens;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;

/** A township's monthly batch from the downloaded template, on the real broker. */
class BatchImportIT extends IntakeIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private RestTestClient township;
    private final String nonce = UUID.randomUUID().toString();

    @BeforeEach
    void loadTheNetwork() {
        township = as(TestTokens.bearer(NetworkFixtures.TOWNSHIP, "TOWNSHIP_STAFF"));
        http.put()
                .uri("/api/network/nodes")
                .contentType(MediaType.APPLICATION_JSON)
                .body(NetworkFixtures.asDrafts(NetworkFixtures.anyNetwork()))
                .exchange()
                .expectStatus()
                .isAccepted();
    }

    @Test
    void theTemplateFilledInImportsEveryRowOnceAndTheSameFileAgainMakesNoNewItem() throws IOException {
        byte[] file = filled(List.of(
                row(NetworkFixtures.VILLAGE, "工作作风", "", ""),
                row(NetworkFixtures.GROUP, "医德医风", "紧急", "匿名"),
                row(NetworkFixtures.TOWNSHIP, "self-discipline", "", "代报")));

        JsonNode imported = importing(file)
                .expectStatus()
                .isAccepted()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();

        assertThat(imported.get("items").asInt()).isEqualTo(3);
        UUID batchId = UUID.fromString(imported.get("batchId").asString());
        Set<String> itemIds = awaitItemsOf(batchId, 3);
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(published(itemIds)).hasSize(3));
        assertThat(published(itemIds))
                .allSatisfy(item -> assertThat(item.item().channel()).isEqualTo(Channel.MONTHLY_BATCH))
                .extracting(ItemSubmitted::submitterKind)
                .containsExactlyInAnyOrder(
                        SubmitterKind.STAFF_ON_BEHALF, SubmitterKind.ANONYMOUS, SubmitterKind.STAFF_ON_BEHALF);

        JsonNode again = importing(file)
                .expectStatus()
                .isAccepted()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();

        assertThat(again.get("batchId").asString()).isEqualTo(batchId.toString());
        List<ConsumerRecord<String, byte[]>> log = TestKafka.readAll(Topics.SUBMISSION_RECEIVED.name()).stream()
                .filter(r -> itemIds.contains(r.key()))
                .toList();
        assertThat(log).hasSize(6);
        ConsumerRecord<String, byte[]> last = log.get(log.size() - 1);
        ConsumerGroups.awaitProcessed(SERVICE_GROUP, last.topic(), last.partition(), last.offset());
        assertThat(itemsOf(batchId)).isEqualTo(itemIds);
        assertThat(published(itemIds)).hasSize(3);
    }

    @Test
    void aFileWithOneBadRowPublishesNothingAndNamesTheCell() throws IOException {
        byte[] file = filled(List.of(
                row(NetworkFixtures.VILLAGE, "工作作风", "", ""),
                row("330281-101-777", "工作作风", "", ""),
                row(NetworkFixtures.CITY_UNIT, "工作作风", "", ""),
                row(NetworkFixtures.VILLAGE, "工作作风", "很急", "")));

        importing(file)
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field")
                .value(fields -> assertThat(fields)
                        .asInstanceOf(InstanceOfAssertFactories.LIST)
                        .containsExactlyInAnyOrder("预警信息 第4行 所属区域代码", "预警信息 第5行 紧急程度"));

        importing(filled(List.of(row(NetworkFixtures.VILLAGE, "工作作风", "", ""), row("330281-101-777", "工作作风", "", ""))))
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("预警信息 第3行 所属区域代码");
        assertThat(TestKafka.readAll(Topics.SUBMISSION_RECEIVED.name()))
                .noneMatch(r -> new String(r.value(), StandardCharsets.UTF_8).contains(nonce));
    }

    @Test
    void theTemplateListsTheTownshipsRegionsAndOnlyStaffOfTownshipsAndTheStationUseIt() throws IOException {
        byte[] template = township.get()
                .uri("/api/items/batch-template")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(workbook.getSheet("说明").getRow(0).getCell(0).getStringCellValue())
                    .contains("月度");
            assertThat(new DataFormatter()
                            .formatCellValue(workbook.getSheet("预警信息").getRow(0).getCell(0)))
                    .isEqualTo("所属区域代码");
            Set<String> codes = codesOf(workbook.getSheet("代码表"));
            assertThat(codes)
                    .contains(NetworkFixtures.VILLAGE, NetworkFixtures.DEPARTMENT)
                    .doesNotContain(NetworkFixtures.COUNTY);
        }
        as(TestTokens.bearer(NetworkFixtures.POINT_IN_TOWNSHIP, "MONITORING_STAFF"))
                .get()
                .uri("/api/items/batch-template")
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    private RestTestClient.ResponseSpec importing(byte[] file) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(file) {
            @Override
            public String getFilename() {
                return "batch.xlsx";
            }
        });
        return township.post()
                .uri("/api/items/batch")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts)
                .exchange();
    }

    /** The downloaded template with {@code rows} under its titles. */
    private byte[] filled(List<List<String>> rows) throws IOException {
        byte[] template = township.get()
                .uri("/api/items/batch-template")
                .exchange()
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet sheet = workbook.getSheet("预警信息");
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(i + 1);
                List<String> cells = rows.get(i);
                for (int c = 0; c < cells.size(); c++) {
                    if (!cells.get(c).isEmpty()) {
                        row.createCell(c).setCellValue(cells.get(c));
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** Columns as the template orders them: region, unit, subject area, risk, urgency, submitter, token, description. */
    private List<String> row(String region, String subjectArea, String urgency, String submitter) {
        return List.of(
                region,
                NetworkFixtures.DEPARTMENT,
                subjectArea,
                "",
                urgency,
                submitter,
                "",
                "村集体资金使用未按规定公示。" + nonce + UUID.randomUUID());
    }

    private static Set<String> awaitItemsOf(UUID batchId, int count) {
        return await().atMost(PATIENCE).until(() -> itemsOf(batchId), ids -> ids.size() == count);
    }

    private static Set<String> itemsOf(UUID batchId) {
        // other tests leave poison records on the log: only records naming the batch are read
        return TestKafka.readAll(Topics.SUBMISSION_RECEIVED.name()).stream()
                .filter(r -> new String(r.value(), StandardCharsets.UTF_8).contains(batchId.toString()))
                .map(r -> TestKafka.value(r, SubmissionReceived.class))
                .filter(r -> batchId.equals(r.batchId()))
                .map(r -> r.itemId().toString())
                .collect(Collectors.toSet());
    }

    private static List<ItemSubmitted> published(Set<String> itemIds) {
        return TestKafka.readAll(Topics.ITEM_SUBMITTED.name()).stream()
                .filter(r -> itemIds.contains(r.key()))
                .map(r -> TestKafka.value(r, ItemSubmitted.class))
                .toList();
    }

    private static Set<String> codesOf(Sheet sheet) {
        DataFormatter text = new DataFormatter();
        return IntStream.rangeClosed(1, sheet.getLastRowNum())
                .mapToObj(sheet::getRow)
                .map(row -> text.formatCellValue(row.getCell(0)))
                .collect(Collectors.toSet());
    }
}
