package org.qingfeng.disposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.qingfeng.contracts.EventJson;
import org.qingfeng.contracts.Topics;
import org.qingfeng.testsupport.TestInfrastructure;
import org.qingfeng.testsupport.TestKafka;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * The whole service on the shared broker and Mongo wire server, one Spring context for every {@code
 * *IT} that extends this: a second context would join the same consumer group and take partitions
 * away from the first. Intake's topics exist as intake would have declared them.
 */
@SpringBootTest
@AutoConfigureMockMvc
public abstract class DisposalIntegrationTest {

    /** The consumer group of every disposal listener. */
    public static final String SERVICE_GROUP = "disposal-service";

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
        List.of(Topics.ITEM_SUBMITTED, Topics.NETWORK_CHANGED, Topics.REPORTING_COMPLIANCE)
                .forEach(topic -> TestKafka.createTopic(topic.name()));
        TestInfrastructure.register(registry, "disposal");
    }
}
