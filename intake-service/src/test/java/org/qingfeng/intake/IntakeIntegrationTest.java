package org.qingfeng.intake;

import org.qingfeng.contracts.Topics;
import org.qingfeng.testsupport.TestInfrastructure;
import org.qingfeng.testsupport.TestKafka;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * The whole service on the shared broker and Mongo wire server, one Spring context for every
 * {@code *IT} that extends this. Disposal's topic exists as disposal would have declared it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
abstract class IntakeIntegrationTest {

    /** The consumer group of intake's item and warning listeners. */
    protected static final String SERVICE_GROUP = "intake-service";

    @Autowired
    protected RestTestClient http;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestKafka.createTopic(Topics.WARNING_ISSUED.name());
        TestInfrastructure.register(registry, "intake");
    }

    /** Loads the network that {@link InformantFixtures} appoints informants in. */
    protected void loadTheInformantNetwork() {
        http.put()
                .uri("/api/network/nodes")
                .contentType(MediaType.APPLICATION_JSON)
                .body(NetworkFixtures.asDrafts(InformantFixtures.network()))
                .exchange()
                .expectStatus()
                .isAccepted();
    }

    /** An item as staff read it; the item must be known. */
    protected JsonNode item(Object itemId) {
        return http.get()
                .uri("/api/items/" + itemId)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }
}
