package org.qingfeng.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.EventJson;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.Channel;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.contracts.intake.QuarterlyReportFiled;
import org.qingfeng.contracts.intake.SubmitterKind;
import org.qingfeng.testsupport.TestKafka;
import org.qingfeng.testsupport.TestTokens;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * A monitoring point's quarterly report on the real broker: its items, the report, and its window
 * filed. The quarter is in 2025, long closed, so the filing is LATE whatever day the test runs.
 */
class QuarterlyReportIT extends IntakeIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final String county = "33Q" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
    private final String township = county + "-101";
    private final String point = county + "-101-M01";
    private final String department = county + "-D01";
    private final String subject = "u-point-" + UUID.randomUUID();

    @BeforeEach
    void loadTheNetwork() {
        http = as(TestTokens.bearer(county, "WORK_STATION_STAFF", "NETWORK_ADMIN"));
        http.put()
                .uri("/api/network/nodes")
                .contentType(MediaType.APPLICATION_JSON)
                .body(List.of(
                        Map.of("code", county, "kind", "COUNTY", "name", "季报县"),
                        Map.of("code", township, "kind", "TOWNSHIP", "name", "季报镇", "parentCode", county),
                        Map.of("code", point, "kind", "MONITORING_POINT", "name", "季报监测点", "parentCode", township),
                        Map.of("code", department, "kind", "DEPARTMENT", "name", "季报局", "parentCode", county)))
                .exchange()
                .expectStatus()
                .isAccepted();
    }

    @Test
    void aReportPublishesItsItemsAndItselfAndFilesTheWindowOnce() {
        JsonNode filed = point().post()
                .uri("/api/reporting/quarterly-reports")
                .contentType(MediaType.APPLICATION_JSON)
                .body(report("2025-Q3", List.of(item(), item())))
                .exchange()
                .expectStatus()
                .isAccepted()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();

        assertThat(filed.get("state").asString()).isEqualTo("LATE");
        List<String> itemIds =
                filed.get("itemIds").valueStream().map(JsonNode::asString).toList();
        assertThat(itemIds).hasSize(2).doesNotHaveDuplicates();
        QuarterlyReportFiled report = EventJson.mapper()
                .readValue(
                        TestKafka.awaitRecord(Topics.QUARTERLY_REPORT_FILED.name(), point + "|2025-Q3"),
                        QuarterlyReportFiled.class);
        assertThat(report.reportId().toString()).isEqualTo(filed.get("reportId").asString());
        assertThat(report.itemIds()).extracting(UUID::toString).containsExactlyElementsOf(itemIds);
        assertThat(report.filedBy()).isEqualTo(subject);
        assertThat(report.workDynamics()).isEqualTo("本季度召开监测点座谈会2次。");
        assertThat(report.dataTable()).containsExactly(new QuarterlyReportFiled.Figure("座谈会 / forums held", 2));
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(published(itemIds)).hasSize(2));
        assertThat(published(itemIds)).allSatisfy(item -> {
            assertThat(item.item().channel()).isEqualTo(Channel.MONITORING_REPORT);
            assertThat(item.submitterKind()).isEqualTo(SubmitterKind.MONITORING_POINT);
            assertThat(item.item().regionCode()).isEqualTo(point);
        });
        JsonNode window = http.get()
                .uri("/api/reporting/windows?from=2025-09-01&to=2025-09-30&unit=" + point)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody()
                .get("windows")
                .valueStream()
                .filter(w -> "2025-Q3".equals(w.get("period").asString()))
                .findFirst()
                .orElseThrow();
        assertThat(window.get("state").asString()).isEqualTo("LATE");
        assertThat(window.get("itemCount").asInt()).isEqualTo(2);

        point().post()
                .uri("/api/reporting/quarterly-reports")
                .contentType(MediaType.APPLICATION_JSON)
                .body(report("2025-Q3", List.of(item())))
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aBadItemIsNamedByItsPlaceInTheReportAndNothingIsFiled() {
        Map<String, Object> bad = item();
        bad.put("subjectArea", "no-such-area");

        point().post()
                .uri("/api/reporting/quarterly-reports")
                .contentType(MediaType.APPLICATION_JSON)
                .body(report("2025-Q2", List.of(item(), bad)))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("items[1].subjectArea");

        assertThat(TestKafka.valuesOf(Topics.QUARTERLY_REPORT_FILED.name(), point + "|2025-Q2"))
                .isEmpty();
        point().post()
                .uri("/api/reporting/quarterly-reports")
                .contentType(MediaType.APPLICATION_JSON)
                .body(report("2025-Q2", List.of()))
                .exchange()
                .expectStatus()
                .isAccepted()
                .expectBody()
                .jsonPath("$.itemIds.length()")
                .isEqualTo(0);
    }

    @Test
    void onlyThePointsOwnStaffOrTheStationFileIt() {
        as(TestTokens.bearer(county + "-101-M02", "MONITORING_STAFF"))
                .post()
                .uri("/api/reporting/quarterly-reports")
                .contentType(MediaType.APPLICATION_JSON)
                .body(report("2025-Q1", List.of()))
                .exchange()
                .expectStatus()
                .isForbidden();
        as(TestTokens.bearer(township, "TOWNSHIP_STAFF"))
                .post()
                .uri("/api/reporting/quarterly-reports")
                .contentType(MediaType.APPLICATION_JSON)
                .body(report("2025-Q1", List.of()))
                .exchange()
                .expectStatus()
                .isForbidden();
        http.post()
                .uri("/api/reporting/quarterly-reports")
                .contentType(MediaType.APPLICATION_JSON)
                .body(report("2025-Q1", List.of()))
                .exchange()
                .expectStatus()
                .isAccepted();
    }

    private RestTestClient point() {
        return as("Bearer "
                + TestTokens.token()
                        .subject(subject)
                        .roles("MONITORING_STAFF")
                        .node(point)
                        .sign());
    }

    private Map<String, Object> report(String period, List<Map<String, Object>> items) {
        return Map.of(
                "unitCode",
                point,
                "period",
                period,
                "workDynamics",
                "本季度召开监测点座谈会2次。",
                "salientProblems",
                "部分窗口服务态度生硬，群众反映办事等候时间长。",
                "handlingStatus",
                "上季度反映的3条信息已办结2条。",
                "dataTable",
                List.of(Map.of("label", "座谈会 / forums held", "value", 2)),
                "items",
                items);
    }

    private Map<String, Object> item() {
        Map<String, Object> item = new HashMap<>();
        item.put("unitCode", department);
        item.put("subjectArea", "medical-ethics");
        item.put("urgency", "IMMEDIATE");
        item.put("description", "卫生院收费窗口多收检查费，群众反映强烈。" + UUID.randomUUID());
        return item;
    }

    private static List<ItemSubmitted> published(List<String> itemIds) {
        return TestKafka.readAll(Topics.ITEM_SUBMITTED.name()).stream()
                .filter(r -> itemIds.contains(r.key()))
                .map(r -> TestKafka.value(r, ItemSubmitted.class))
                .toList();
    }
}
