package org.qingfeng.gateway;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway in front of stub services: intake and disposal up, analysis down. The tests that
 * extend it share one Spring context and one set of stubs, which live as long as the test JVM,
 * like the cached context that points at them.
 */
abstract class StubbedGateway extends RunningGateway {

    static final StubBackend intake = BackendFixtures.anyIntake()
            .drop("POST", "/api/receipts/status")
            .drop("GET", "/api/items/" + BackendFixtures.DROPPED_ITEM_ID)
            .json("PUT", "/api/network/nodes", 502, "{\"status\":502}");
    static final StubBackend disposal = BackendFixtures.anyDisposal();
    static final String analysis = StubBackend.unreachableUrl();
    /** Audit is down until {@code BreakerRecoveryIT} starts a stub on this port. */
    static final int auditPort = StubBackend.freePort();

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("gateway.backends.intake", intake::url);
        registry.add("gateway.backends.analysis", () -> analysis);
        registry.add("gateway.backends.disposal", disposal::url);
        registry.add("gateway.backends.audit", () -> "http://127.0.0.1:" + auditPort);
        // The recovery test waits for half-open; the production wait is 10 s.
        registry.add("resilience4j.circuitbreaker.instances.audit.wait-duration-in-open-state", () -> "2s");
    }
}
