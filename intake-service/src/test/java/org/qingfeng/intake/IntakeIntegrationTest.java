package org.qingfeng.intake;

import org.junit.jupiter.api.BeforeEach;
import org.qingfeng.contracts.Topics;
import org.qingfeng.intake.informant.rules.AppointmentDraft;
import org.qingfeng.testsupport.TestInfrastructure;
import org.qingfeng.testsupport.TestKafka;
import org.qingfeng.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * The whole service on the shared broker and Mongo wire server, one Spring context for every
 * {@code *IT} that extends this. Disposal's topics exist as disposal would have declared them.
 * {@link #http} calls as the fixtures' county work station and network administrator; {@link
 * #as(String)} as anyone else, {@link #anonymous()} without a token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
abstract class IntakeIntegrationTest {

    /** The consumer group of intake's item and warning listeners. */
    protected static final String SERVICE_GROUP = "intake-service";

    /** The county's staff and administrator: work-station staff and network administrator at the root. */
    protected static final String COUNTY_STAFF =
            TestTokens.bearer(NetworkFixtures.COUNTY, "WORK_STATION_STAFF", "NETWORK_ADMIN");

    @Autowired
    private RestTestClient server;

    protected RestTestClient http;

    @BeforeEach
    void signIn() {
        http = as(COUNTY_STAFF);
    }

    /** A client whose every call carries {@code bearer} as its {@code Authorization}. */
    protected RestTestClient as(String bearer) {
        return server.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, bearer).build();
    }

    /**
     * The staff of the unit that appoints in {@code draft}: the county's work-station staff for a
     * work station, else the staff of the township named.
     */
    protected RestTestClient appointerOf(AppointmentDraft draft) {
        String by = String.valueOf(draft.appointedByCode());
        return InformantFixtures.WORK_STATION.equals(by) ? http : as(TestTokens.bearer(by, "TOWNSHIP_STAFF"));
    }

    /** Appoints {@code draft} through the API as the unit that appoints in it; the informant's token. */
    protected String appoint(AppointmentDraft draft) {
        return appointerOf(draft)
                .post()
                .uri("/api/informants")
                .contentType(MediaType.APPLICATION_JSON)
                .body(draft)
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody()
                .get("informantToken")
                .asString();
    }

    /** A client without a token. */
    protected RestTestClient anonymous() {
        return server;
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestKafka.createTopic(Topics.WARNING_ISSUED.name());
        TestKafka.createTopic(Topics.CASE_STEPS.name());
        TestKafka.createTopic(Topics.REMINDERS.name());
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
