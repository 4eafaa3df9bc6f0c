package org.qingfeng.support.web.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qingfeng.testsupport.TestInfrastructure;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockPart;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.util.unit.DataSize;

/** The filter in front of a controller that counts its runs, on the Mongo wire server. */
class IdempotencyFilterIT {

    private static final String THING = "{\"name\":\"村务公开栏\"}";

    private final MongoClient client = MongoClients.create(TestInfrastructure.mongoUri());
    private final MongoDatabase database = client.getDatabase("idempotency-" + UUID.randomUUID());
    private final TestClock clock = new TestClock();
    private final IdempotencyProperties properties = new IdempotencyProperties(
            true,
            Duration.ofHours(24),
            Duration.ofMinutes(2),
            List.of("/excluded/**"),
            Duration.ofMinutes(10),
            2,
            DataSize.ofKilobytes(256));
    private final IdempotencyStore store =
            new IdempotencyStore(database, properties.ttl(), properties.inProgressLease());
    private final CountingController controller = new CountingController();
    private final MockMvcTester mvc = MockMvcTester.create(MockMvcBuilders.standaloneSetup(controller)
            .addFilters(new IdempotencyFilter(store, properties, 1024 * 1024, clock))
            .build());

    @AfterEach
    void close() {
        SecurityContextHolder.clearContext();
        client.close();
    }

    @Test
    void replaysTheFirstAnswerToARetryWithTheSameKeyAndBody() throws Exception {
        MvcTestResult first = post("/things", "key-1", THING);
        MvcTestResult retry = post("/things", "key-1", THING);

        assertThat(controller.runs).hasValue(1);
        assertThat(first).hasStatus(HttpStatus.CREATED).doesNotContainHeader("Idempotent-Replayed");
        assertThat(retry).hasStatus(HttpStatus.CREATED).hasHeader("Idempotent-Replayed", "true");
        assertThat(retry).hasHeader("Location", "/things/1").doesNotContainHeader("X-Run");
        assertThat(retry).hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
        assertThat(retry).bodyJson().isEqualTo(first.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void refusesTheSameKeyWithAnotherBodyWith422() {
        post("/things", "key-2", THING);

        MvcTestResult other = post("/things", "key-2", "{\"name\":\"另一件事\"}");

        assertProblem(other, HttpStatus.UNPROCESSABLE_CONTENT, "幂等键冲突 / Idempotency-Key reused");
        assertThat(controller.runs).hasValue(1);
    }

    @Test
    void tellsARetryToWaitWhileTheFirstRequestIsRunningAndTakesOverWhenItsLeaseRunsOut() {
        String id = IdempotencyKeys.id("anonymous", "POST", "/things", "key-3");
        String fingerprint = Fingerprints.ofBody("application/json", null, THING.getBytes(StandardCharsets.UTF_8));
        assertThat(store.claim(id, fingerprint, clock.instant())).isInstanceOf(IdempotencyStore.Claimed.class);

        MvcTestResult busy = post("/things", "key-3", THING);

        assertProblem(busy, HttpStatus.CONFLICT, "请求处理中 / Request in progress");
        assertThat(busy).hasHeader("Retry-After", "1");
        assertThat(controller.runs).hasValue(0);

        clock.advance(Duration.ofMinutes(3));
        assertThat(post("/things", "key-3", THING)).hasStatus(HttpStatus.CREATED);
        assertThat(controller.runs).hasValue(1);
    }

    @Test
    void releasesTheKeyOfAFailedRequestSoThatARetryRunsAgain() {
        controller.failing.set(true);
        assertThat(post("/flaky", "key-4", THING)).hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
        controller.failing.set(false);

        MvcTestResult retry = post("/flaky", "key-4", THING);

        assertThat(retry).hasStatus(HttpStatus.OK).doesNotContainHeader("Idempotent-Replayed");
        assertThat(controller.runs).hasValue(2);
        assertThat(post("/flaky", "key-4", THING)).hasHeader("Idempotent-Replayed", "true");
    }

    @Test
    void neverKeepsAnAnswerMarkedNoStore() {
        MvcTestResult first = post("/receipts", "key-5", THING);
        MvcTestResult retry = post("/receipts", "key-5", THING);

        assertThat(first).hasStatus(HttpStatus.ACCEPTED);
        assertThat(retry).hasStatus(HttpStatus.ACCEPTED).doesNotContainHeader("Idempotent-Replayed");
        assertThat(controller.runs).hasValue(2);
        assertThat(database.getCollection(IdempotencyStore.COLLECTION).countDocuments())
                .isZero();
    }

    @Test
    void forgetsAKeyAfterItsTimeToLiveAndTheSweepDeletesIt() {
        post("/things", "key-6", THING);
        post("/things", "key-7", THING);
        post("/things", "key-8", THING);
        clock.advance(Duration.ofHours(24));

        assertThat(post("/things", "key-6", "{\"name\":\"到期后另一件事\"}")).hasStatus(HttpStatus.CREATED);
        assertThat(controller.runs).hasValue(4);
        // The wire server refuses or ignores a TTL index; either way the sweep is what deletes.
        assertThatCode(store::createTtlIndexOnce).doesNotThrowAnyException();
        long swept = new IdempotencySweeper(store, properties, clock).sweep();

        assertThat(swept).isEqualTo(2);
        assertThat(database.getCollection(IdempotencyStore.COLLECTION).countDocuments())
                .isEqualTo(1);
        assertThat(post("/things", "key-6", "{\"name\":\"到期后另一件事\"}")).hasHeader("Idempotent-Replayed", "true");
    }

    @Test
    void keepsTheKeysOfTwoCallersApart() {
        signIn("u-township-1");
        post("/things", "key-9", THING);
        signIn("u-township-2");

        MvcTestResult other = post("/things", "key-9", THING);

        assertThat(other).hasStatus(HttpStatus.CREATED).doesNotContainHeader("Idempotent-Replayed");
        assertThat(controller.runs).hasValue(2);
    }

    @Test
    void refusesAMalformedKeyNamingTheHeader() {
        MvcTestResult result = post("/things", "has space", THING);

        assertProblem(result, HttpStatus.BAD_REQUEST, "提交内容有误 / Invalid submission");
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("Idempotency-Key");
        assertThat(post("/things", "k".repeat(256), THING)).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(controller.runs).hasValue(0);
    }

    @Test
    void leavesRequestsWithoutAKeyAndExcludedPathsAlone() {
        mvc.post()
                .uri("/things")
                .contentType(MediaType.APPLICATION_JSON)
                .content(THING)
                .exchange();
        mvc.post()
                .uri("/things")
                .contentType(MediaType.APPLICATION_JSON)
                .content(THING)
                .exchange();

        assertThat(controller.runs).hasValue(2);
        assertThat(database.getCollection(IdempotencyStore.COLLECTION).countDocuments())
                .isZero();
    }

    @Test
    void fingerprintsAMultipartRequestByItsParts() {
        MvcTestResult first = upload("key-10", "第一份附件");
        MvcTestResult retry = upload("key-10", "第一份附件");
        MvcTestResult other = upload("key-10", "另一份附件");

        assertThat(first).hasStatus(HttpStatus.OK);
        assertThat(retry).hasHeader("Idempotent-Replayed", "true");
        assertProblem(other, HttpStatus.UNPROCESSABLE_CONTENT, "幂等键冲突 / Idempotency-Key reused");
        assertThat(controller.runs).hasValue(1);
    }

    private MvcTestResult upload(String key, String content) {
        return mvc.post()
                .uri("/uploads")
                .multipart()
                .part(new MockPart("file", "附件.txt", content.getBytes(StandardCharsets.UTF_8)))
                .part(new MockPart("note", "说明".getBytes(StandardCharsets.UTF_8)))
                .header("Idempotency-Key", key)
                .exchange();
    }

    private MvcTestResult post(String path, String key, String body) {
        return mvc.post()
                .uri(path)
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    private static void signIn(String subject) {
        Jwt jwt = Jwt.withTokenValue("token")
                .header("alg", "RS256")
                .subject(subject)
                .build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt));
    }

    private static void assertProblem(MvcTestResult result, HttpStatus status, String title) {
        assertThat(result).hasStatus(status).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.title").isEqualTo(title);
    }
}
