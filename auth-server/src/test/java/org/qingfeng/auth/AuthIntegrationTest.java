package org.qingfeng.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.qingfeng.auth.network.NetworkTree;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.audit.AuditRecorded;
import org.qingfeng.testsupport.TestInfrastructure;
import org.qingfeng.testsupport.TestKafka;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole server on the shared broker and Mongo wire server, one context for every {@code *IT}:
 * the first administrator at the county, three service accounts (an administrator at the county,
 * one at a township, a work station's staff), and the county published on intake's registry topic.
 */
@SpringBootTest(
        classes = {AuthServerApplication.class, TestDoubles.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AuthIntegrationTest {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "correct-horse-battery";
    static final String SECRET = "a-test-client-secret";
    static final String CONSOLE = "qingfeng-console";
    static final String CONSOLE_SECRET = "a-console-test-secret";
    static final String REDIRECT = "http://localhost:8080/login/oauth2/code/qingfeng";
    static final String ISSUER = "http://localhost:8080/auth";

    @LocalServerPort
    int port;

    @Autowired
    RecordingSleeper sleeper;

    @Autowired
    SwitchableAuditTrail audit;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        NetworkFixtures.publishCounty();
        TestInfrastructure.register(registry, "auth");
        registry.add("qingfeng.auth.key-directory", AuthIntegrationTest::keyDirectory);
        registry.add("qingfeng.auth.bootstrap-admin.username", () -> ADMIN);
        registry.add("qingfeng.auth.bootstrap-admin.password", () -> ADMIN_PASSWORD);
        registry.add("qingfeng.auth.bootstrap-admin.node", () -> NetworkFixtures.COUNTY);
        registry.add("qingfeng.auth.clients.qingfeng-console.secret", () -> CONSOLE_SECRET);
        service(registry, "county-admin", "NETWORK_ADMIN", NetworkFixtures.COUNTY);
        service(registry, "township-admin", "NETWORK_ADMIN", NetworkFixtures.TOWNSHIP);
        service(registry, "station-staff", "WORK_STATION_STAFF", NetworkFixtures.COUNTY);
    }

    private static void service(DynamicPropertyRegistry registry, String id, String role, String node) {
        String prefix = "qingfeng.auth.clients." + id + ".";
        registry.add(prefix + "kind", () -> "service");
        registry.add(prefix + "secret", () -> SECRET);
        registry.add(prefix + "roles", () -> role);
        registry.add(prefix + "node", () -> node);
    }

    private static String keyDirectory() {
        try {
            return Files.createTempDirectory("auth-keys").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Autowired
    NetworkTree network;

    @BeforeEach
    void healthyAuditAndTheCountyKnown() {
        audit.down(false);
        sleeper.clear();
        await().atMost(Duration.ofSeconds(30)).until(() -> network.isKnown(NetworkFixtures.VILLAGE));
    }

    /** A username no other test uses. */
    static String anyUsername() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8);
    }

    String countyAdminToken() {
        return browser().serviceToken("county-admin", SECRET);
    }

    /** Creates a user through the admin API as the county's administrator; returns the id. */
    String createUser(String username, String displayName, String role, String node, String password) {
        HttpResponse<String> created = browser()
                .api(
                        "POST",
                        "/api/users",
                        countyAdminToken(),
                        Map.of(
                                "username", username,
                                "displayName", displayName,
                                "roles", List.of(role),
                                "node", node,
                                "password", password));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Browser.json(created).get("id").asString();
    }

    /** The audit records of this server for {@code targetId}, oldest first. */
    static List<AuditRecorded> auditOf(String targetId) {
        return TestKafka.readAll(Topics.AUDIT_RECORDED.name()).stream()
                .map(record -> TestKafka.value(record, AuditRecorded.class))
                .filter(recorded -> targetId.equals(recorded.targetId()))
                .toList();
    }

    Browser browser() {
        return new Browser("http://localhost:" + port + "/auth");
    }
}
