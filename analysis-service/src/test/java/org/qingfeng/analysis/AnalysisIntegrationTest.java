package org.qingfeng.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.qingfeng.contracts.EventJson;
import org.qingfeng.contracts.Topics;
import org.qingfeng.testsupport.TestInfrastructure;
import org.qingfeng.testsupport.TestKafka;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * The whole service on the shared broker and Mongo wire server, one Spring context for every {@code
 * *IT} that extends this: a second context would join the same consumer groups and take partitions
 * away from the first. The topics of intake and disposal exist as their owners would have declared
 * them; the clock stands on {@link #TODAY}, so "a past year" means the same on any day the tests run.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(AnalysisIntegrationTest.FixedClock.class)
public abstract class AnalysisIntegrationTest {

    /** 2026-11-20, 10:00 in Beijing. */
    public static final Instant TODAY = Instant.parse("2026-11-20T02:00:00Z");

    /** The consumer groups of analysis's listeners. */
    public static final String SERVICE_GROUP = "analysis-service";

    public static final String TRIAGE_GROUP = "analysis-service-triage";
    public static final String ASSESSMENT_GROUP = "analysis-service-assessment";

    @Autowired
    protected MockMvcTester mvc;

    /** The JSON body of a {@code GET} that must answer 200. */
    protected JsonNode getJson(String uri, Object... variables) {
        MvcTestResult result = mvc.get().uri(uri, variables).exchange();
        assertThat(result).hasStatusOk();
        return EventJson.mapper().readTree(result.getResponse().getContentAsByteArray());
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        List.of(
                        Topics.NETWORK_CHANGED,
                        Topics.INFORMANT_CHANGED,
                        Topics.REPORTING_COMPLIANCE,
                        Topics.ITEM_SUBMITTED,
                        Topics.WARNING_ISSUED)
                .forEach(topic -> TestKafka.createTopic(topic.name()));
        TestInfrastructure.register(registry, "analysis");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {

        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(TODAY, ZoneOffset.UTC);
        }
    }
}
