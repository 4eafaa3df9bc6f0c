package org.qingfeng.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.InformantChanged;
import org.qingfeng.testsupport.TestKafka;
import org.qingfeng.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;

class WorkbookIT extends IntakeIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    MongoDatabase database;

    /** 1 county, 1 work station, 20 townships, 200 villages; 2,000 village informants. */
    @Test
    void aCountyOfTwentyTownshipsAndTwoThousandInformantsImportsFromOneFileAndOnlyOnce() throws IOException {
        byte[] file = WorkbookFixtures.county("WB1", 20, 10, 10).xlsx();
        http = as(TestTokens.bearer("WB1", "WORK_STATION_STAFF", "NETWORK_ADMIN"));

        JsonNode imported = importing(file)
                .expectStatus()
                .isAccepted()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();

        assertThat(imported.get("nodes").asInt()).isEqualTo(222);
        assertThat(imported.get("informants").asInt()).isEqualTo(2000);
        assertThat(imported.get("informantsChanged").asInt()).isEqualTo(2000);
        List<String> tokens = new ArrayList<>();
        informantsBelow("WB1")
                .forEach(informant -> tokens.add(informant.get("informantToken").asString()));
        assertThat(tokens).hasSize(2000).doesNotHaveDuplicates();
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(database.getCollection("informants").countDocuments(Filters.regex("homeNodeCode", "^WB1-")))
                    .isEqualTo(2000);
            assertThat(database.getCollection("network_nodes").countDocuments(Filters.regex("_id", "^WB1")))
                    .isEqualTo(222);
        });
        Set<String> published = keysOf(Topics.INFORMANT_CHANGED.name(), "inf-");
        assertThat(published).containsAll(tokens);
        assertThat(keysOf(Topics.NETWORK_CHANGED.name(), "WB1")).hasSize(222);
        long records = recordsOf(Topics.INFORMANT_RECORDED.name(), new HashSet<>(tokens));

        JsonNode again = importing(file)
                .expectStatus()
                .isAccepted()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();

        assertThat(again.get("nodesChanged").asInt()).isZero();
        assertThat(again.get("informantsChanged").asInt()).isZero();
        assertThat(recordsOf(Topics.INFORMANT_RECORDED.name(), new HashSet<>(tokens)))
                .isEqualTo(records);
        assertExportCarriesNoIdentity(tokens);
    }

    @Test
    void aWorkbookWithBadRowsIsRefusedWholeNamingEachCellAndPublishesNothing() {
        WorkbookFixtures.Rows rows = WorkbookFixtures.county("WB2", 2, 2, 1);
        http = as(TestTokens.bearer("WB2", "WORK_STATION_STAFF", "NETWORK_ADMIN"));
        rows.node("WB2-T01-V09", "村（社区）", "孤村", "WB2-T09");
        rows.informant("WB2-9999", "李伟", "1234", "WB2-T01-V01", "WB2-T01");
        rows.informant("WB2-9998", "李芳", "13900009998", "WB2-T01-V01", "WB2-WS");

        importing(rows.xlsx())
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field")
                .value(List.class, fields -> assertThat(fields)
                        .containsExactlyInAnyOrder("网络节点 第10行 上级代码", "信息员 第6行 手机", "信息员 第7行 聘任单位代码"));

        http.get().uri("/api/informants?node=WB2").exchange().expectStatus().isBadRequest();
        assertThat(keysOf(Topics.NETWORK_CHANGED.name(), "WB2")).isEmpty();
        assertThat(TestKafka.readAll(Topics.INFORMANT_CHANGED.name()).stream()
                        .map(r -> TestKafka.value(r, InformantChanged.class).homeNodeCode()))
                .noneMatch(home -> home.startsWith("WB2"));
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedAsUnsupported() {
        importing("代码,类型\nX,县".getBytes(StandardCharsets.UTF_8))
                .expectStatus()
                .isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("不是 .xlsx 工作簿 / Not an .xlsx workbook");
    }

    @Test
    void theTemplateHasItsInstructionsAndBothSheets() throws IOException {
        byte[] template = download("/api/network/template");

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("说明");
            assertThat(workbook.getSheet("网络节点").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("代码");
            assertThat(workbook.getSheet("信息员").getRow(0).getCell(2).getStringCellValue())
                    .isEqualTo("手机");
        }
    }

    private void assertExportCarriesNoIdentity(List<String> tokens) throws IOException {
        byte[] export = download("/api/network/export");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            List<String> titles = cells(workbook.getSheet("信息员").getRow(0));
            assertThat(titles).doesNotContain("编号", "姓名", "手机", "电子邮箱", "身份证号");
            Set<String> texts = new HashSet<>();
            workbook.forEach(sheet -> sheet.forEach(row -> texts.addAll(cells(row))));
            assertThat(texts).containsAll(tokens);
            assertThat(texts).noneMatch(text -> text.matches(".*1[3-9]\\d{9}.*"));
            assertThat(texts).doesNotContain(WorkbookFixtures.nameOf(1), "WB1-0001");
        }
    }

    private static List<String> cells(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> cells = new ArrayList<>();
        row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
        return cells;
    }

    private List<JsonNode> informantsBelow(String node) {
        JsonNode body = http.get()
                .uri("/api/informants?node=" + node)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        List<JsonNode> informants = new ArrayList<>();
        body.get("informants").forEach(informants::add);
        return informants;
    }

    private static Set<String> keysOf(String topic, String prefix) {
        return TestKafka.readAll(topic).stream()
                .map(ConsumerRecord::key)
                .filter(key -> key != null && key.startsWith(prefix))
                .collect(Collectors.toSet());
    }

    private static long recordsOf(String topic, Set<String> keys) {
        return TestKafka.readAll(topic).stream()
                .filter(r -> keys.contains(r.key()))
                .count();
    }

    private byte[] download(String uri) {
        return http.get()
                .uri(uri)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();
    }

    private RestTestClient.ResponseSpec importing(byte[] file) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(file) {
            @Override
            public String getFilename() {
                return "county.xlsx";
            }
        });
        return http.post()
                .uri("/api/network/import")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts)
                .exchange();
    }
}
