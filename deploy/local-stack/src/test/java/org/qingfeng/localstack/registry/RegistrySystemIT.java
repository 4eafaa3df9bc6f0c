package org.qingfeng.localstack.registry;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.qingfeng.localstack.SystemNetwork;
import org.qingfeng.localstack.SystemStatuses;
import org.qingfeng.localstack.api.GatewayClient;
import org.qingfeng.testsupport.TestInfrastructure;
import org.qingfeng.testsupport.TestKafka;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The registry across the whole network, the four service jars as child JVMs on one broker and one
 * store: a county of 20 townships, 200 villages and 2,000 informants imported from one workbook
 * reaches every service through the compacted topics; and a canary informant's identity, planted
 * through every path an identity takes, is found in no topic, no collection and no log line. The
 * services' output goes to {@code target/registry-system-services.log}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegistrySystemIT {

    private static final Logger log = LoggerFactory.getLogger(RegistrySystemIT.class);
    private static final Duration SETTLE = Duration.ofMinutes(1);
    private static final CountyWorkbook COUNTY = new CountyWorkbook("330299", 20, 10, 2_000);

    private static SystemNetwork network;
    private static GatewayClient gateway;
    /** The imported county's own administrator: the demo's loader may not touch another county. */
    private static GatewayClient county;

    private static MongoClient mongo;

    @BeforeAll
    static void startTheNetwork() throws IOException {
        network = SystemNetwork.start("registry-system-services.log", COUNTY.county());
        gateway = network.gateway();
        county = network.accounts().countyAdmin(COUNTY.county());
        mongo = network.mongo();
    }

    @AfterAll
    static void stopTheNetwork() {
        if (network != null) {
            network.close();
        }
    }

    @Test
    @Order(1)
    void aCountyImportedFromOneWorkbookReachesEveryService() {
        int nodesBefore = county.get("/api/analysis/network").path("nodes").asInt();
        int informantsBefore =
                county.get("/api/analysis/network").path("informants").asInt();
        int disposalNodesBefore =
                county.get("/api/disposal/network").path("nodes").asInt();
        int demoNodes = gateway.get("/api/analysis/network").path("nodes").asInt();
        long began = System.nanoTime();

        HttpResponse<String> answer = importWorkbook(COUNTY.bytes());

        long answered = System.nanoTime();
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(202);
        JsonNode counts = org.qingfeng.contracts.EventJson.mapper().readTree(answer.body());
        assertThat(counts.path("nodes").asInt()).isEqualTo(COUNTY.nodeCount());
        assertThat(counts.path("informants").asInt()).isEqualTo(COUNTY.informants());
        await().atMost(SETTLE).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode analysis = county.get("/api/analysis/network");
            assertThat(analysis.path("nodes").asInt()).isEqualTo(nodesBefore + COUNTY.nodeCount());
            assertThat(analysis.path("informants").asInt()).isEqualTo(informantsBefore + COUNTY.informants());
        });
        long inAnalysis = System.nanoTime();
        await().atMost(SETTLE).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> assertThat(
                        county.get("/api/disposal/network").path("nodes").asInt())
                .isEqualTo(disposalNodesBefore + COUNTY.nodeCount()));
        long inDisposal = System.nanoTime();
        assertThat(gateway.get("/api/analysis/network").path("nodes").asInt())
                .as("the demo county's administrator sees nothing of another county")
                .isEqualTo(demoNodes);
        await().atMost(SETTLE).untilAsserted(() -> assertThat(
                        county.informants().path("informants").size())
                .isGreaterThanOrEqualTo(COUNTY.informants()));
        log.info(
                "County import of {} nodes and {} informants: answered after {} ms, whole in analysis after {} ms,"
                        + " in disposal after {} ms",
                COUNTY.nodeCount(),
                COUNTY.informants(),
                millis(began, answered),
                millis(began, inAnalysis),
                millis(began, inDisposal));
    }

    @Test
    @Order(2)
    void aCanaryIdentityAppearsInNoTopicNoCollectionAndNoLogLine() throws IOException {
        Canary canary = Canary.planted(network.accounts().appointer("330281-101"));

        awaitTheCanaryItemInDisposal(canary);

        List<String> found = new ArrayList<>();
        found.addAll(inTopics(canary));
        found.addAll(inCollections(canary));
        found.addAll(inServiceLogs(canary));
        assertThat(found)
                .as("places holding the canary's identity in plain text")
                .isEmpty();
        assertThat(canary.token()).matches("inf-[0-9A-Z]{26}");
    }

    private static void awaitTheCanaryItemInDisposal(Canary canary) {
        await().atMost(SETTLE)
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptionsInstanceOf(IllegalStateException.class)
                .untilAsserted(() -> assertThat(
                                gateway.item(canary.itemId()).path("status").asString())
                        .isEqualTo(SystemStatuses.IN_DISPOSAL));
    }

    private static List<String> inTopics(Canary canary) {
        Set<String> topics = topics();
        assertThat(topics).contains("intake.informant-records.v1", "intake.informant-changed.v1");
        List<String> found = new ArrayList<>();
        for (String topic : topics) {
            for (ConsumerRecord<String, byte[]> record : TestKafka.readAll(topic)) {
                String text = (record.key() == null ? "" : record.key()) + " "
                        + (record.value() == null ? "" : new String(record.value(), UTF_8));
                canary.foundIn(text).forEach(what -> found.add("topic " + topic + ": " + what));
            }
        }
        return found;
    }

    private static List<String> inCollections(Canary canary) {
        List<String> found = new ArrayList<>();
        for (String name : mongo.listDatabaseNames()) {
            MongoDatabase database = mongo.getDatabase(name);
            for (String collection : database.listCollectionNames()) {
                for (Document document : database.getCollection(collection).find()) {
                    canary.foundIn(document.toJson()).forEach(what -> found.add(name + "." + collection + ": " + what));
                }
            }
        }
        return found;
    }

    private static List<String> inServiceLogs(Canary canary) throws IOException {
        String logs = network.serviceOutput();
        assertThat(logs).as("the services logged something to search").contains("Started");
        return canary.foundIn(logs).stream().map(what -> "service log: " + what).toList();
    }

    private static Set<String> topics() {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers());
        try (Admin admin = Admin.create(config)) {
            return admin.listTopics().names().get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot list the broker's topics", e);
        }
    }

    private static HttpResponse<String> importWorkbook(byte[] workbook) {
        String boundary = "qingfeng-" + UUID.randomUUID();
        byte[] head = ("--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"county.xlsx\"\r\n"
                        + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(UTF_8);
        byte[] body = new byte[head.length + workbook.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(workbook, 0, body, head.length, workbook.length);
        System.arraycopy(tail, 0, body, head.length + workbook.length, tail.length);
        return county.send(county.authorised(
                        HttpRequest.newBuilder(URI.create(network.settings().publicUrl() + "/api/network/import")))
                .timeout(Duration.ofMinutes(1))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    private static long millis(long from, long to) {
        return Duration.ofNanos(to - from).toMillis();
    }
}
