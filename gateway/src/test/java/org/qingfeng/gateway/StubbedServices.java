package org.qingfeng.gateway;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway on a random port in front of three stub services that are all up and answer every
 * endpoint the console pages use. Its own Spring context: {@link StubbedGateway} keeps analysis
 * down on purpose and opens its breaker, which would hide the assessment page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class StubbedServices {

    static final StubBackend intake = BackendFixtures.anyNetworkIntake();
    static final StubBackend analysis = BackendFixtures.anyAnalysis();
    static final StubBackend disposal = BackendFixtures.anyNetworkDisposal();

    @LocalServerPort
    int port;

    WebTestClient client;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("gateway.backends.intake", intake::url);
        registry.add("gateway.backends.analysis", analysis::url);
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
