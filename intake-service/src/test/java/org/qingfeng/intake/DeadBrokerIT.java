package org.qingfeng.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qingfeng.testsupport.TestInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The service with its Kafka bootstrap pointing at a closed port: a submission must never get 202. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.kafka.admin.auto-create=false", "spring.kafka.listener.auto-startup=false"})
@AutoConfigureRestTestClient
@ExtendWith(OutputCaptureExtension.class)
class DeadBrokerIT {

    @Autowired
    RestTestClient http;

    @Autowired
    MongoDatabase database;

    /**
     * {@code register} gives this context its Mongo; the database is then named here so the network
     * can be in it before the service loads its view, and the bootstrap is replaced by a dead one.
     */
    @DynamicPropertySource
    static void deadBroker(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "intake-dead-broker");
        String database = TestInfrastructure.uniqueDatabase("intake-dead-broker");
        seedNetwork(database);
        registry.add("spring.mongodb.database", () -> database);
        String deadBootstrap = "127.0.0.1:" + closedPort();
        registry.add("spring.kafka.bootstrap-servers", () -> deadBootstrap);
    }

    @Test
    void answers503WithRetryAfterWithinSecondsAndStoresNothing(CapturedOutput output) {
        long started = System.nanoTime();

        http.post()
                .uri("/api/items")
                .contentType(MediaType.APPLICATION_JSON)
                .body(SubmissionFixtures.anySubmissionDraft())
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .valueEquals("Retry-After", "10")
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("服务暂不可用 / Service unavailable");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));
        assertThat(database.getCollection("items").countDocuments()).isZero();
        assertThat(database.getCollection("receipts").countDocuments()).isZero();
        assertThat(output).doesNotContain(SubmissionFixtures.DESCRIPTION);
    }

    private static void seedNetwork(String database) {
        try (MongoClient client = MongoClients.create(TestInfrastructure.mongoUri())) {
            var nodes = client.getDatabase(database).getCollection("network_nodes");
            NetworkFixtures.anyNetwork()
                    .forEach(node -> nodes.insertOne(new Document("_id", node.code())
                            .append("kind", node.kind().name())
                            .append("name", node.name())
                            .append("parentCode", node.parentCode())
                            .append("competentDepartmentCode", node.competentDepartmentCode())
                            .append("active", node.active())));
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
