package org.qingfeng.intake.submission;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.intake.InformantStatus;
import org.qingfeng.contracts.intake.SubmissionReceived;
import org.qingfeng.intake.InformantFixtures;
import org.qingfeng.intake.IntakeProperties;
import org.qingfeng.intake.NetworkFixtures;
import org.qingfeng.intake.informant.CurrentRoster;
import org.qingfeng.intake.informant.rules.Roster;
import org.qingfeng.intake.item.RegisteredItems;
import org.qingfeng.intake.item.rules.ItemFingerprint;
import org.qingfeng.intake.network.CurrentNetwork;
import org.qingfeng.intake.receipt.Receipt;
import org.qingfeng.intake.receipt.ReceiptHasher;
import org.qingfeng.intake.sealing.Pseudonyms;
import org.qingfeng.intake.sealing.Sealer;
import org.qingfeng.support.security.ServiceSecurityAutoConfiguration;
import org.qingfeng.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@WebMvcTest(SubmissionController.class)
@Import({SubmissionService.class, SubmissionControllerTests.Fakes.class})
@ImportAutoConfiguration(ServiceSecurityAutoConfiguration.class)
class SubmissionControllerTests {

    /** The slice checks tokens as the service does; these endpoints are open, so none is sent. */
    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
        registry.add("qingfeng.security.public-paths", () -> "/api/items,/api/receipts/status,/api/ping");
    }

    private static final Instant NOW = Instant.parse("2026-11-03T01:15:30Z");
    private static final String ACTIVE = "inf-ACTIVE0000000000000000000";
    private static final String SUSPENDED = "inf-SUSPENDED000000000000000";
    private static final String DISMISSED = "inf-DISMISSED000000000000000";
    private static final String VALID = """
            {"regionCode":"330281-101-001","unitCode":"330281-D03","subjectArea":"work-style",
             "urgency":"IMMEDIATE","description":"村集体资金使用未按规定公示。"}""";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    FakeSubmissionLog log;

    @Autowired
    ReceiptHasher hasher;

    @Autowired
    MeterRegistry meters;

    private double acceptedBefore;
    private Map<String, Double> rejectedBefore;

    @BeforeEach
    void clear() {
        log.clear();
        acceptedBefore = accepted();
        rejectedBefore = rejected();
    }

    @Test
    void answers202WithTheReceiptOnceTheLogHoldsTheSubmission() throws Exception {
        MvcTestResult result = post(VALID, MediaType.APPLICATION_JSON);

        assertThat(result).hasStatus(HttpStatus.ACCEPTED);
        SubmissionReceived received = log.appended().get(0);
        assertThat(result).headers().hasValue("Location", "/api/items/" + received.itemId());
        assertThat(result)
                .bodyJson()
                .extractingPath("$.itemId")
                .isEqualTo(received.itemId().toString());
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("RECEIVED");
        assertThat(result).bodyJson().extractingPath("$.submittedAt").isEqualTo("2026-11-03T01:15:30Z");
        String receipt = com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.receipt");
        assertThat(receipt).matches("([0-9A-HJKMNP-TV-Z]{4}-){5}[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(hasher.matches(Receipt.parse(receipt).orElseThrow(), received.receiptDigest()))
                .isTrue();
        assertThat(received.receiptLocator())
                .isEqualTo(hasher.locator(Receipt.parse(receipt).orElseThrow()));
        assertThat(result).headers().hasValue("Cache-Control", "no-store");
        assertThat(received.item().townshipCode()).isEqualTo(NetworkFixtures.TOWNSHIP);
        assertThat(received.occurredAt()).isEqualTo(NOW);
        assertThat(accepted() - acceptedBefore).isEqualTo(1);
    }

    @Test
    void namesEveryFieldThatBreaksARuleAndWritesNothing() {
        MvcTestResult result = post("""
                {"regionCode":"330281","unitCode":"330281-101","subjectArea":"gossip","description":"太短"}""", MediaType.APPLICATION_JSON);

        assertProblem(result, HttpStatus.BAD_REQUEST, "提交内容有误 / Invalid submission");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactly("regionCode", "unitCode", "subjectArea", "description");
        assertRejected("invalid");
    }

    @Test
    void anActiveInformantsTokenTravelsWithTheSubmission() {
        MvcTestResult result = post(asInformant(ACTIVE), MediaType.APPLICATION_JSON);

        assertThat(result).hasStatus(HttpStatus.ACCEPTED);
        assertThat(log.appended().get(0).informantToken()).isEqualTo(ACTIVE);
    }

    @Test
    void aDismissedInformantIsRefusedWith403AndNothingIsWritten() {
        MvcTestResult result = post(asInformant(DISMISSED), MediaType.APPLICATION_JSON);

        assertProblem(result, HttpStatus.FORBIDDEN, "不能报送 / Not allowed to submit");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .startsWith("该信息员已被解聘，不能再报送预警信息 / This informant has been dismissed and can no longer submit");
        assertThat(log.appended()).isEmpty();
        assertRejected("informant-refused");
    }

    @Test
    void aSuspendedInformantIsRefusedWithItsOwnMessage() {
        MvcTestResult result = post(asInformant(SUSPENDED), MediaType.APPLICATION_JSON);

        assertProblem(result, HttpStatus.FORBIDDEN, "不能报送 / Not allowed to submit");
        assertThat(result).bodyJson().extractingPath("$.detail").asString().startsWith("该信息员已被暂停");
    }

    @Test
    void anUnknownTokenOrATokenWithoutTheInformantKindIsABadField() {
        MvcTestResult unknown = post(asInformant("inf-UNKNOWN"), MediaType.APPLICATION_JSON);
        MvcTestResult anonymous = post(
                VALID.replace("}", ",\"submitterKind\":\"ANONYMOUS\",\"informantToken\":\"" + ACTIVE + "\"}"),
                MediaType.APPLICATION_JSON);

        for (MvcTestResult result : List.of(unknown, anonymous)) {
            assertProblem(result, HttpStatus.BAD_REQUEST, "提交内容有误 / Invalid submission");
            assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("informantToken");
        }
        assertThat(log.appended()).isEmpty();
    }

    private static String asInformant(String token) {
        return VALID.replace("}", ",\"submitterKind\":\"INFORMANT\",\"informantToken\":\"" + token + "\"}");
    }

    @Test
    void namesTheFieldOfAnUnknownEnumValue() {
        MvcTestResult result = post(VALID.replace("IMMEDIATE", "SOMEDAY"), MediaType.APPLICATION_JSON);

        assertProblem(result, HttpStatus.BAD_REQUEST, "提交内容有误 / Invalid submission");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("urgency");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .asString()
                .contains("ROUTINE, IMMEDIATE");
        assertRejected("invalid");
    }

    @Test
    void namesTheFieldOfAWrongType() {
        MvcTestResult result = post(VALID.replace("\"330281-101-001\"", "{\"code\":1}"), MediaType.APPLICATION_JSON);

        assertProblem(result, HttpStatus.BAD_REQUEST, "提交内容有误 / Invalid submission");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("regionCode");
        assertRejected("invalid");
    }

    @Test
    void refusesMalformedJson() {
        MvcTestResult result = post("{\"regionCode\": ", MediaType.APPLICATION_JSON);

        assertProblem(result, HttpStatus.BAD_REQUEST, "提交内容有误 / Invalid submission");
        assertThat(result).bodyJson().extractingPath("$.errors").asArray().hasSize(1);
        assertRejected("invalid");
    }

    @Test
    void refusesABodyOverTheLimitWith413() {
        String huge = VALID.replace("村集体资金使用未按规定公示。", "字".repeat(30_000));

        MvcTestResult result = post(huge, MediaType.APPLICATION_JSON);

        assertProblem(result, HttpStatus.CONTENT_TOO_LARGE, "提交内容过大 / Submission too large");
        assertRejected("too-large");
    }

    @Test
    void refusesAnythingButJsonWith415() {
        MvcTestResult result = post(VALID, MediaType.TEXT_PLAIN);

        assertProblem(result, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的内容类型 / Unsupported media type");
        assertRejected("unsupported-media-type");
    }

    @Test
    void answers503WithRetryAfterWhenTheBrokerDoesNotAcknowledge() {
        log.brokerAway(true);

        MvcTestResult result = post(VALID, MediaType.APPLICATION_JSON);

        assertProblem(result, HttpStatus.SERVICE_UNAVAILABLE, "服务暂不可用 / Service unavailable");
        assertThat(result).headers().hasValue("Retry-After", "10");
        assertRejected("unavailable");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheSameItemAndReceipt() throws Exception {
        MvcTestResult first = postWithKey(VALID, "key-0001");
        MvcTestResult retry = postWithKey(VALID, "key-0001");
        MvcTestResult other = postWithKey(VALID, "key-0002");

        assertThat(first).hasStatus(HttpStatus.ACCEPTED);
        assertThat(retry).hasStatus(HttpStatus.ACCEPTED);
        assertThat(receiptOf(retry)).isEqualTo(receiptOf(first));
        assertThat(receiptOf(other)).isNotEqualTo(receiptOf(first));
        List<SubmissionReceived> written = log.appended();
        assertThat(written.get(1).itemId()).isEqualTo(written.get(0).itemId());
        assertThat(written.get(1).eventId()).isEqualTo(written.get(0).eventId());
        assertThat(written.get(2).itemId()).isNotEqualTo(written.get(0).itemId());
    }

    @Test
    void anIdempotencyKeyReusedForAnotherSubmissionIsRefusedWith422() {
        postWithKey(VALID, "key-0003");

        MvcTestResult reused = postWithKey(VALID.replace("未按规定公示", "被挪作他用"), "key-0003");

        assertProblem(reused, HttpStatus.UNPROCESSABLE_CONTENT, "幂等键冲突 / Idempotency-Key reused");
        assertThat(log.appended()).hasSize(1);
    }

    @Test
    void refusesAMalformedIdempotencyKey() {
        MvcTestResult result = postWithKey(VALID, "has space");

        assertProblem(result, HttpStatus.BAD_REQUEST, "提交内容有误 / Invalid submission");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("Idempotency-Key");
        assertThat(log.appended()).isEmpty();
    }

    @Test
    void sealsTheConcernsAndTheContactAndNeverWritesThemReadable() {
        String body = VALID.replace("}", ",\"concerns\":\"村会计 王某某\",\"contact\":\"13900001111\"}");

        MvcTestResult result = post(body, MediaType.APPLICATION_JSON);

        assertThat(result).hasStatus(HttpStatus.ACCEPTED);
        SubmissionReceived received = log.appended().get(0);
        assertThat(received.concerns()).isNotNull();
        assertThat(received.submitter()).isNotNull();
        String written = new String(
                new org.qingfeng.contracts.EventSerializer().serialize("t", received),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(written).doesNotContain("王某某", "13900001111");
        Sealer sealer = new Sealer(Map.of("test", new byte[32]), "test");
        assertThat(sealer.open(SubmissionService.CONCERNS_PURPOSE, received.concerns()))
                .isEqualTo("村会计 王某某");
        assertThat(sealer.open(SubmissionService.CONTACT_PURPOSE, received.submitter()))
                .isEqualTo("13900001111");
    }

    @Test
    void refusesBidirectionalOverridesAndControlCharactersInFieldsThatNameSomeone() {
        String body = VALID.replace("}", ",\"concerns\":\"王\\u202e某\",\"contact\":\"139\\u0007\"}");

        MvcTestResult result = post(body, MediaType.APPLICATION_JSON);

        assertProblem(result, HttpStatus.BAD_REQUEST, "提交内容有误 / Invalid submission");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactly("concerns", "contact");
    }

    @Test
    void takesOnlyTheOpenChannelsFromASender() {
        MvcTestResult result = post(VALID.replace("}", ",\"channel\":\"HOTLINE\"}"), MediaType.APPLICATION_JSON);

        assertProblem(result, HttpStatus.BAD_REQUEST, "提交内容有误 / Invalid submission");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("channel");
    }

    private MvcTestResult postWithKey(String body, String key) {
        return mvc.post()
                .uri("/api/items")
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    private static String receiptOf(MvcTestResult result) throws Exception {
        return com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.receipt");
    }

    private MvcTestResult post(String body, MediaType type) {
        return mvc.post().uri("/api/items").contentType(type).content(body).exchange();
    }

    private void assertProblem(MvcTestResult result, HttpStatus status, String title) {
        assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.title").isEqualTo(title);
        assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(status.value());
        assertThat(result).bodyJson().extractingPath("$.errors").asArray().isNotNull();
    }

    private void assertRejected(String reason) {
        assertThat(log.appended()).isEmpty();
        assertThat(rejected().getOrDefault(reason, 0.0) - rejectedBefore.getOrDefault(reason, 0.0))
                .isEqualTo(1);
        assertThat(accepted()).isEqualTo(acceptedBefore);
    }

    private double accepted() {
        Counter counter = meters.find("intake.items.accepted").counter();
        return counter == null ? 0 : counter.count();
    }

    private Map<String, Double> rejected() {
        return meters.find("intake.items.rejected").counters().stream()
                .collect(Collectors.toMap(c -> c.getId().getTag("reason"), Counter::count));
    }

    @TestConfiguration
    @EnableConfigurationProperties(IntakeProperties.class)
    static class Fakes {

        @Bean
        FakeSubmissionLog submissionLog() {
            return new FakeSubmissionLog();
        }

        @Bean
        CurrentNetwork currentNetwork() {
            return NetworkFixtures::anyNetworkView;
        }

        @Bean
        CurrentRoster currentRoster() {
            Roster roster = Roster.of(List.of(
                    InformantFixtures.anyRecord(ACTIVE, InformantStatus.ACTIVE),
                    InformantFixtures.anyRecord(SUSPENDED, InformantStatus.SUSPENDED),
                    InformantFixtures.anyRecord(DISMISSED, InformantStatus.DISMISSED)));
            return () -> roster;
        }

        @Bean
        ReceiptHasher receiptHasher() {
            return new ReceiptHasher("a-key-for-tests", 1000);
        }

        @Bean
        RegisteredItems registeredItems(FakeSubmissionLog log) {
            return new RegisteredItems() {
                @Override
                public Optional<String> fingerprintOf(UUID itemId) {
                    return log.appended().stream()
                            .filter(r -> r.itemId().equals(itemId))
                            .map(r -> ItemFingerprint.of(r.item()))
                            .findFirst();
                }

                @Override
                public Optional<UUID> itemOf(Receipt receipt) {
                    return Optional.empty();
                }
            };
        }

        @Bean
        Sealer sealer() {
            return new Sealer(Map.of("test", new byte[32]), "test");
        }

        @Bean
        Pseudonyms pseudonyms() {
            return new Pseudonyms(new byte[32]);
        }

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }
}
