package org.qingfeng.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.qingfeng.contracts.intake.Channel;
import org.qingfeng.testsupport.TestTokens;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;

/**
 * Every intake endpoint × every role (and no token) × a record of the caller's own township versus
 * one of the other township: the exact status of each cell, and for every list and export that no
 * record of the other township appears. The callers sit where the roles are held: staff of township
 * A ({@code 330281-101}), of a monitoring point in it, of a department, an administrator of township
 * A, and the county's work station, custodian and administrator at the root.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessControlMatrixIT extends IntakeIntegrationTest {

    private static final String OWN = "330281-101";
    private static final String OTHER = InformantFixtures.OTHER_TOWNSHIP;
    private static final String OTHER_PREFIX = OTHER;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** The callers, in the order of every row of the table. */
    private static final List<String> CALLERS = List.of(
            "NO_TOKEN",
            "INFORMANT",
            "TOWNSHIP",
            "MONITORING",
            "WORK_STATION",
            "CUSTODIAN",
            "DEPARTMENT",
            "ADMIN",
            "TOWNSHIP_ADMIN");

    /** Callers below the root: none of them may see a record of township B. */
    private static final List<String> BELOW_THE_ROOT =
            List.of("TOWNSHIP", "MONITORING", "DEPARTMENT", "TOWNSHIP_ADMIN");

    private final Map<String, @Nullable String> tokens = new HashMap<>();
    private final Map<String, Map<String, String>> records = new HashMap<>();
    private final AtomicInteger serial = new AtomicInteger();
    private final AtomicInteger period = new AtomicInteger();

    @BeforeAll
    void placeRecordsInBothTownships() {
        tokens.put("NO_TOKEN", null);
        tokens.put("INFORMANT", TestTokens.bearer(NetworkFixtures.VILLAGE, "INFORMANT"));
        tokens.put("TOWNSHIP", TestTokens.bearer(OWN, "TOWNSHIP_STAFF"));
        tokens.put("MONITORING", TestTokens.bearer(NetworkFixtures.POINT_IN_TOWNSHIP, "MONITORING_STAFF"));
        tokens.put("WORK_STATION", TestTokens.bearer(NetworkFixtures.COUNTY, "WORK_STATION_STAFF"));
        tokens.put("CUSTODIAN", TestTokens.bearer(NetworkFixtures.COUNTY, "IDENTITY_CUSTODIAN"));
        tokens.put("DEPARTMENT", TestTokens.bearer(NetworkFixtures.DEPARTMENT, "DEPARTMENT_OFFICER"));
        tokens.put("ADMIN", TestTokens.bearer(NetworkFixtures.COUNTY, "NETWORK_ADMIN"));
        tokens.put("TOWNSHIP_ADMIN", TestTokens.bearer(OWN, "NETWORK_ADMIN"));

        http = as(COUNTY_STAFF);
        loadTheInformantNetwork();
        records.put("own", place(NetworkFixtures.VILLAGE, OWN, InformantFixtures.anyVillageInformant()));
        records.put(
                "other",
                place(
                        InformantFixtures.OTHER_VILLAGE,
                        OTHER,
                        InformantFixtures.anyInformant(InformantFixtures.OTHER_VILLAGE, OTHER)));
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointForEveryRoleOwnAndOtherTownship() {
        List<Endpoint> endpoints = endpoints();
        List<DynamicTest> cells = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            String[] expected = endpoint.expected().trim().split("\\s+");
            assertThat(expected).as(endpoint.name()).hasSize(CALLERS.size());
            for (int c = 0; c < CALLERS.size(); c++) {
                String caller = CALLERS.get(c);
                String[] statuses = expected[c].split("/");
                List<String> targets = endpoint.targeted() ? List.of("own", "other") : List.of("own");
                for (int t = 0; t < targets.size(); t++) {
                    String target = targets.get(t);
                    int status = Integer.parseInt(statuses[Math.min(t, statuses.length - 1)]);
                    cells.add(DynamicTest.dynamicTest(
                            endpoint.name() + " × " + caller + " × " + target + " → " + status,
                            () -> check(endpoint, caller, target, status)));
                }
            }
        }
        System.out.printf(
                "Access-control matrix: %d endpoints, %d callers, %d cells%n",
                endpoints.size(), CALLERS.size(), cells.size());
        return cells.stream();
    }

    private void check(Endpoint endpoint, String caller, String target, int status) {
        RestTestClient client = tokens.get(caller) == null ? anonymous() : as(tokens.get(caller));
        EntityExchangeResult<byte[]> result = endpoint.call()
                .apply(new Call(client, records.get(target)))
                .expectBody(byte[].class)
                .returnResult();
        byte[] body = result.getResponseBody() == null ? new byte[0] : result.getResponseBody();
        assertThat(result.getStatus().value())
                .as("%s as %s on %s: %s", endpoint.name(), caller, target, new String(body, StandardCharsets.UTF_8))
                .isEqualTo(status);
        if (status >= 400) {
            assertThat(result.getResponseHeaders().getContentType())
                    .as("a problem")
                    .matches(type -> MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(type));
        }
        if (endpoint.list() && status == 200 && BELOW_THE_ROOT.contains(caller)) {
            String text = endpoint.xlsx() ? cellsOf(body) : new String(body, StandardCharsets.UTF_8);
            assertThat(text).as("no record of the other township").doesNotContain(OTHER_PREFIX);
        }
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> e = new ArrayList<>();
        // Callers: NO_TOKEN INFORMANT TOWNSHIP MONITORING WORK_STATION CUSTODIAN DEPARTMENT ADMIN TOWNSHIP_ADMIN
        e.add(targeted(
                "GET /api/items/{id}",
                "401 403 200/404 404 200 403 403 403 403",
                c -> c.client().get().uri("/api/items/" + c.record("item")).exchange()));
        e.add(list(
                "GET /api/items",
                "401 403 200 200 200 403 403 403 403",
                c -> c.client().get().uri("/api/items?limit=200").exchange()));
        e.add(targeted("POST /api/items", "202 202 202 202 202 202 202 202 202", c -> c.client()
                .post()
                .uri("/api/items")
                .contentType(MediaType.APPLICATION_JSON)
                .body(SubmissionFixtures.anySubmissionDraftAt(c.record("village"), NetworkFixtures.DEPARTMENT))
                .exchange()));
        e.add(targeted("POST /api/receipts/status", "200 200 200 200 200 200 200 200 200", c -> c.client()
                .post()
                .uri("/api/receipts/status")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("receipt", c.record("receipt")))
                .exchange()));
        e.add(list(
                "GET /api/ping",
                "200 200 200 200 200 200 200 200 200",
                c -> c.client().get().uri("/api/ping").exchange()));
        e.add(targeted("PUT /api/network/nodes", "401 403 403 403 403 403 403 202 202/403", c -> c.client()
                .put()
                .uri("/api/network/nodes")
                .contentType(MediaType.APPLICATION_JSON)
                .body(List.of(newVillage(c.record("township"))))
                .exchange()));
        e.add(list(
                "GET /api/network/nodes",
                "401 403 200 200 200 200 200 200 200",
                c -> c.client().get().uri("/api/network/nodes").exchange()));
        e.add(targeted(
                "POST /api/network/import",
                "401 403 403 403 403 403 403 202 202/400",
                c -> importing(c.client(), c.record("township"))));
        e.add(xlsx(
                "GET /api/network/export",
                "401 403 403 403 403 403 403 200 200",
                c -> c.client().get().uri("/api/network/export").exchange()));
        e.add(list(
                "GET /api/network/template",
                "401 403 403 403 403 403 403 200 200",
                c -> c.client().get().uri("/api/network/template").exchange()));
        e.add(targeted("POST /api/informants", "401 403 201/403 403 403 403 403 403 403", c -> c.client()
                .post()
                .uri("/api/informants")
                .contentType(MediaType.APPLICATION_JSON)
                .body(InformantFixtures.anyInformant(c.record("village"), c.record("township")))
                .exchange()));
        e.add(list(
                "GET /api/informants",
                "401 403 200 403 200 403 403 403 403",
                c -> c.client().get().uri("/api/informants").exchange()));
        e.add(informant(
                "POST /api/informants/status",
                "401 403 400/404 403 400 403 403 403 403",
                "status",
                c -> Map.of("informantToken", c.record("token"))));
        e.add(informant(
                "POST /api/informants/training",
                "401 403 202/404 403 202 403 403 403 403",
                "training",
                c -> Map.of(
                        "informantToken",
                        c.record("token"),
                        "on",
                        yesterday(),
                        "level",
                        "TOWNSHIP",
                        "course",
                        "廉政教育",
                        "hours",
                        2)));
        e.add(informant(
                "POST /api/informants/contacts",
                "401 403 202/404 403 202 403 403 403 403",
                "contacts",
                c -> Map.of("informantToken", c.record("token"), "on", yesterday(), "way", "MEETING")));
        e.add(informant(
                "POST /api/informants/decisions",
                "401 403 403 403 400 403 403 403 403",
                "decisions",
                c -> Map.of("informantToken", c.record("token"))));
        e.add(informant(
                "POST /api/informants/record",
                "401 403 200/404 403 200 403 403 403 403",
                "record",
                c -> Map.of("informantToken", c.record("token"))));
        e.add(informant(
                "POST /api/informants/identity",
                "401 403 403 403 403 200 403 403 403",
                "identity",
                c -> Map.of("informantToken", c.record("token"), "reason", "核查一件署名举报的来源，依规程开启")));
        e.add(targeted("POST /api/reporting/reports", "401 403 202/403 403 202 403 403 403 403", c -> c.client()
                .post()
                .uri("/api/reporting/reports")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("unitCode", c.record("township"), "period", nextPeriod(), "nil", true))
                .exchange()));
        e.add(list("GET /api/reporting/windows", "401 403 200 200 200 403 403 403 403", c -> c.client()
                .get()
                .uri("/api/reporting/windows?from=2026-01-01&to=2026-12-31")
                .exchange()));
        e.add(targeted("PUT /api/reporting/contacts", "401 403 403 403 202 403 403 202 202/403", c -> c.client()
                .put()
                .uri("/api/reporting/contacts")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of(
                        "unitCode",
                        c.record("township"),
                        "contacts",
                        List.of(Map.of("role", "纪检委员", "phone", "13900001111"))))
                .exchange()));
        e.add(targeted("GET /api/reporting/contacts", "401 403 403 403 200 403 403 200 200/404", c -> c.client()
                .get()
                .uri("/api/reporting/contacts?unit=" + c.record("township"))
                .exchange()));
        e.add(targeted("POST /api/items/on-behalf", "401 403 202/404 404 202 403 403 403 403", c -> c.client()
                .post()
                .uri("/api/items/on-behalf")
                .contentType(MediaType.APPLICATION_JSON)
                .body(SubmissionFixtures.anySubmissionDraftAt(c.record("village"), NetworkFixtures.DEPARTMENT)
                        .via(Channel.HOTLINE))
                .exchange()));
        e.add(targeted("GET /api/items/{id}/attachments", "401 403 200/404 404 200 403 403 403 403", c -> c.client()
                .get()
                .uri("/api/items/" + c.record("item") + "/attachments")
                .exchange()));
        e.add(targeted("GET /api/items/{id}/attachments/{aid}", "401 403 404 404 404 403 403 403 403", c -> c.client()
                .get()
                .uri("/api/items/" + c.record("item") + "/attachments/" + UUID.randomUUID())
                .exchange()));
        e.add(targeted("GET /api/items/{id}/matches", "401 403 200/404 404 200 403 403 403 403", c -> c.client()
                .get()
                .uri("/api/items/" + c.record("item") + "/matches")
                .exchange()));
        e.add(targeted("GET /api/items/{id}/follow-ups", "401 403 200/404 404 200 403 403 403 403", c -> c.client()
                .get()
                .uri("/api/items/" + c.record("item") + "/follow-ups")
                .exchange()));
        e.add(targeted("POST /api/items/questions", "401 403 202/404 403 202 403 403 403 403", c -> c.client()
                .post()
                .uri("/api/items/questions")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("itemId", c.record("item"), "text", "请补充具体的时间和地点。"))
                .exchange()));
        e.add(targeted("POST /api/receipts/answers", "404 404 404 404 404 404 404 404 404", c -> c.client()
                .post()
                .uri("/api/receipts/answers")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("receipt", c.record("receipt"), "questionId", UUID.randomUUID(), "text", "时间是上月初。"))
                .exchange()));
        e.add(targeted("POST /api/receipts/confirmation", "409 409 409 409 409 409 409 409 409", c -> c.client()
                .post()
                .uri("/api/receipts/confirmation")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("receipt", c.record("receipt"), "rectified", "FIXED"))
                .exchange()));
        e.add(list("POST /api/channels/sms (unsigned)", "401 401 401 401 401 401 401 401 401", c -> c.client()
                .post()
                .uri("/api/channels/sms")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("messageId", "m-1", "from", "13900001111", "text", "村集体资金使用未按规定公示。"))
                .exchange()));
        e.add(xlsx(
                "GET /api/items/batch-template",
                "401 403 200 403 200 403 403 403 403",
                c -> c.client().get().uri("/api/items/batch-template").exchange()));
        e.add(list("POST /api/items/batch (not a workbook)", "401 403 415 403 415 403 403 403 403", c -> {
            MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
            parts.add("file", new ByteArrayResource("not a workbook".getBytes(StandardCharsets.UTF_8)) {
                @Override
                public String getFilename() {
                    return "batch.xlsx";
                }
            });
            return c.client()
                    .post()
                    .uri("/api/items/batch")
                    .contentType(MediaType.MULTIPART_FORM_DATA)
                    .body(parts)
                    .exchange();
        }));
        e.add(list("PUT /api/reviewers/names", "401 403 202 403 202 403 403 403 403", c -> c.client()
                .put()
                .uri("/api/reviewers/names")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("names", List.of()))
                .exchange()));
        e.add(list(
                "GET /api/reviewers/names",
                "401 403 200 403 200 403 403 403 403",
                c -> c.client().get().uri("/api/reviewers/names").exchange()));
        e.add(list(
                "POST /api/reporting/quarterly-reports (incomplete)",
                "401 403 403 400 400 403 403 403 403",
                c -> c.client()
                        .post()
                        .uri("/api/reporting/quarterly-reports")
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(Map.of("unitCode", NetworkFixtures.POINT_IN_TOWNSHIP, "period", "2025-Q1"))
                        .exchange()));
        return e;
    }

    /** An item, its receipt and an informant in the township, each readable once it is. */
    private Map<String, String> place(String village, String township, Object appointment) {
        JsonNode accepted = http.post()
                .uri("/api/items")
                .contentType(MediaType.APPLICATION_JSON)
                .body(SubmissionFixtures.anySubmissionDraftAt(village, NetworkFixtures.DEPARTMENT))
                .exchange()
                .expectStatus()
                .isAccepted()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        String itemId = accepted.get("itemId").asString();
        for (String read : List.of("", "/attachments", "/matches")) {
            await().atMost(PATIENCE).untilAsserted(() -> http.get()
                    .uri("/api/items/" + itemId + read)
                    .exchange()
                    .expectStatus()
                    .isOk());
        }
        String token = as(TestTokens.bearer(township, "TOWNSHIP_STAFF"))
                .post()
                .uri("/api/informants")
                .contentType(MediaType.APPLICATION_JSON)
                .body(appointment)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody()
                .get("informantToken")
                .asString();
        return Map.of(
                "item", itemId,
                "receipt", accepted.get("receipt").asString(),
                "village", village,
                "township", township,
                "token", token);
    }

    private Map<String, Object> newVillage(String township) {
        int n = serial.incrementAndGet();
        return Map.of("code", township + "-" + (800 + n), "kind", "VILLAGE", "name", "矩阵村" + n, "parentCode", township);
    }

    private RestTestClient.ResponseSpec importing(RestTestClient client, String township) {
        int n = serial.incrementAndGet();
        byte[] file = new WorkbookFixtures.Rows()
                .node(township + "-" + (800 + n), "村（社区）", "矩阵村" + n, township)
                .xlsx();
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(file) {
            @Override
            public String getFilename() {
                return "matrix.xlsx";
            }
        });
        return client.post()
                .uri("/api/network/import")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts)
                .exchange();
    }

    /** A month of 2025 no other cell filed for, so that no filing conflicts with another. */
    private String nextPeriod() {
        int n = period.getAndIncrement();
        return (2025 + n / 12) + "-" + String.format("%02d", n % 12 + 1);
    }

    private static String yesterday() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString();
    }

    private static String cellsOf(byte[] xlsx) {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        text.append(cell.toString()).append('\t');
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        assertThat(text).as("the export's cells").contains(NetworkFixtures.VILLAGE);
        return text.toString();
    }

    private static Endpoint targeted(String name, String expected, Function<Call, RestTestClient.ResponseSpec> call) {
        return new Endpoint(name, expected, true, false, false, call);
    }

    private static Endpoint list(String name, String expected, Function<Call, RestTestClient.ResponseSpec> call) {
        return new Endpoint(name, expected, false, true, false, call);
    }

    private static Endpoint xlsx(String name, String expected, Function<Call, RestTestClient.ResponseSpec> call) {
        return new Endpoint(name, expected, false, true, true, call);
    }

    private static Endpoint informant(
            String name, String expected, String path, Function<Call, Map<String, Object>> body) {
        return targeted(name, expected, c -> c.client()
                .post()
                .uri("/api/informants/" + path)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new LinkedHashMap<>(body.apply(c)))
                .exchange());
    }

    /**
     * @param expected the status per caller in {@link #CALLERS} order; {@code own/other} where the
     *     two townships differ
     */
    private record Endpoint(
            String name,
            String expected,
            boolean targeted,
            boolean list,
            boolean xlsx,
            Function<Call, RestTestClient.ResponseSpec> call) {}

    private record Call(RestTestClient client, Map<String, String> records) {

        String record(String what) {
            return records.get(what);
        }
    }
}
