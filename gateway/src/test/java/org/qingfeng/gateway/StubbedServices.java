package org.qingfeng.gateway;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway in front of three stub services that are all up and answer every endpoint the console
 * pages use. Its own Spring context: {@link StubbedGateway} keeps analysis down on purpose and opens
 * its breaker, which would hide the assessment page.
 */
abstract class StubbedServices extends RunningGateway {

    static final StubBackend intake = BackendFixtures.anyNetworkIntake();
    static final StubBackend analysis = AnalysisFixtures.anyAnalysis();
    static final StubBackend disposal = BackendFixtures.anyNetworkDisposal();

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("gateway.backends.intake", intake::url);
        registry.add("gateway.backends.analysis", analysis::url);
        registry.add("gateway.backends.disposal", disposal::url);
        // The public pages' tests each come from an address of their own, so anonymous limits and
        // wrong receipts of one test never refuse another's.
        registry.add("gateway.rate-limit.trusted-proxies", () -> "127.0.0.1");
    }
}
