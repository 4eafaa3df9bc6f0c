package org.qingfeng.gateway;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway on a random port in front of stub services: intake and disposal up, analysis down.
 * The tests that extend it share one Spring context and one set of stubs, which live as long as
 * the test JVM, like the cached context that points at them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class StubbedGateway {

    static final StubBackend intake = BackendFixtures.anyIntake()
            .drop("POST", "/api/receipts/status")
            .drop("GET", "/api/items/" + BackendFixtures.DROPPED_ITEM_ID)
            .json("PUT", "/api/network/nodes", 502, "{\"status\":502}");
    static final StubBackend disposal = BackendFixtures.anyDisposal();
    static final String analysis = StubBackend.unreachableUrl();

    @LocalServerPort
    int port;

    WebTestClient client;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("gateway.backends.intake", intake::url);
        registry.add("gateway.backends.analysis", () -> analysis);
        registry.add("gateway.backends.disposal", disposal::url);
    }

    @BeforeEach
    void connect() {
        client = WebTestClient.bindToServer()
                .baseUrl(baseUrl())
                .responseTimeout(Duration.ofSeconds(10))
                .build();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    String text(String path) {
        return client.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }
}
