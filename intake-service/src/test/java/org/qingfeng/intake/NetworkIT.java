package org.qingfeng.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.NetworkNodeChanged;
import org.qingfeng.intake.network.rules.NetworkNode;
import org.qingfeng.testsupport.TestInfrastructure;
import org.qingfeng.testsupport.TestKafka;
import org.qingfeng.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

class NetworkIT extends IntakeIntegrationTest {

    @Autowired
    MongoDatabase database;

    /**
     * Another member of intake's consumer group holds some partitions of the network topic, as a
     * second instance would; nodes published there by anyone else are still valid here.
     */
    @Test
    void nodesPublishedStraightToTheTopicBecomeValidForSubmissionWhicheverPartitionTheyAreOn() {
        try (KafkaConsumer<String, byte[]> otherInstance = joinTheServiceGroupOnTheNetworkTopic()) {
            List<String> branches = List.of("a", "b", "c");
            for (int partition = 0; partition < branches.size(); partition++) {
                for (NetworkNode node : NetworkFixtures.aBranch(branches.get(partition))) {
                    TestKafka.publish(Topics.NETWORK_CHANGED.name(), partition, node.code(), changed(node));
                }
            }

            branches.forEach(branch -> await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> http.post()
                    .uri("/api/items")
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(SubmissionFixtures.anySubmissionDraftAt(
                            NetworkFixtures.branchVillage(branch), NetworkFixtures.branchDepartment(branch)))
                    .exchange()
                    .expectStatus()
                    .isAccepted()));
            assertThat(otherInstance.assignment()).isNotEmpty();
        }
    }

    @Test
    void loadedNodesAreListedPublishedAndProjectedToMongo() {
        http.put()
                .uri("/api/network/nodes")
                .contentType(MediaType.APPLICATION_JSON)
                .body(NetworkFixtures.asDrafts(NetworkFixtures.anyNetwork()))
                .exchange()
                .expectStatus()
                .isAccepted();

        http.get()
                .uri("/api/network/nodes")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[?(@.code == '%s')].kind".formatted(NetworkFixtures.GROUP))
                .isEqualTo(List.of("GROUP"));
        assertThat(TestKafka.readAll(Topics.NETWORK_CHANGED.name()))
                .filteredOn(r -> NetworkFixtures.VILLAGE.equals(r.key()))
                .isNotEmpty();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(database.getCollection("network_nodes")
                        .countDocuments(Filters.eq("_id", NetworkFixtures.VILLAGE)))
                .isOne());
    }

    @Test
    void aBatchWithABadRowIsRefusedWholeNamingTheRow() {
        List<Map<String, Object>> batch = List.of(
                Map.of("code", "330299", "kind", "COUNTY", "name", "新县"),
                Map.of("code", "330299-101", "kind", "TOWNSHIP", "name", "新镇", "parentCode", "330299"),
                Map.of("code", "330299-101-001", "kind", "VILLAGE", "name", "新村", "parentCode", "330299-999"));
        http = as(TestTokens.bearer("330299", "NETWORK_ADMIN"));

        http.put()
                .uri("/api/network/nodes")
                .contentType(MediaType.APPLICATION_JSON)
                .body(batch)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field")
                .isEqualTo(List.of("[2].parentCode"));
        http.get()
                .uri("/api/network/nodes")
                .exchange()
                .expectBody()
                .jsonPath("$[?(@.code == '330299')]")
                .isEmpty();
    }

    @Test
    void anUnknownKindIsNamedByRowAndField() {
        List<Map<String, Object>> batch =
                List.of(Map.of("code", "330281-301", "kind", "PROVINCE", "name", "某省", "parentCode", "330281"));

        http.put()
                .uri("/api/network/nodes")
                .contentType(MediaType.APPLICATION_JSON)
                .body(batch)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("[0].kind");
    }

    private static NetworkNodeChanged changed(NetworkNode node) {
        return node.changed(UUID.randomUUID(), Instant.now());
    }

    private static KafkaConsumer<String, byte[]> joinTheServiceGroupOnTheNetworkTopic() {
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        TestInfrastructure.kafkaBootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        SERVICE_GROUP,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                new StringDeserializer(),
                new ByteArrayDeserializer());
        consumer.subscribe(List.of(Topics.NETWORK_CHANGED.name()));
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            consumer.poll(Duration.ofMillis(100));
            return !consumer.assignment().isEmpty();
        });
        return consumer;
    }
}
