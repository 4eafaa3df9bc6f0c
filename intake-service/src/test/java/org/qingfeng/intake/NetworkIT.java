package org.qingfeng.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.Topics;
import org.qingfeng.testsupport.TestKafka;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

class NetworkIT extends IntakeIntegrationTest {

    @Autowired
    MongoDatabase database;

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
                .jsonPath("$[?(@.code == '%s')].kind".formatted(NetworkFixtures.INFORMANT))
                .isEqualTo(List.of("INFORMANT"));
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
}
