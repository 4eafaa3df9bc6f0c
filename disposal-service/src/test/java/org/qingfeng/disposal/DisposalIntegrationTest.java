package org.qingfeng.disposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.Filter;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.qingfeng.contracts.EventJson;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.NetworkNodeChanged;
import org.qingfeng.testsupport.ConsumerGroups;
import org.qingfeng.testsupport.TestInfrastructure;
import org.qingfeng.testsupport.TestKafka;
import org.qingfeng.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * The whole service on the shared broker and Mongo wire server, one Spring context for every {@code
 * *IT} that extends this: a second context would join the same consumer group and take partitions
 * away from the first. Intake's topics exist as intake would have declared them.
 *
 * <p>The service checks real signatures: {@link #mvc} sends, unless a request sets its own, the token
 * of work-station staff at {@link NetworkFixtures#ROOT}, the county the fixtures live in, which is
 * projected before the first test. A test with a county of its own asks as staff of that county
 * ({@link #staffAt}).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(DisposalIntegrationTest.RootStaff.class)
public abstract class DisposalIntegrationTest {

    /** The consumer group of every disposal listener. */
    public static final String SERVICE_GROUP = "disposal-service";

    private static volatile boolean fixedCountyProjected;

    @Autowired
    protected MockMvcTester mvc;

    @Autowired
    private WebApplicationContext context;

    @BeforeEach
    void fixedCountyProjected() {
        if (!fixedCountyProjected) {
            ConsumerGroups.awaitConsumed(SERVICE_GROUP, Topics.NETWORK_CHANGED.name());
            fixedCountyProjected = true;
        }
    }

    /** The JSON body of a {@code GET} that must answer 200, asked as the default caller. */
    protected JsonNode getJson(String uri, Object... variables) {
        return json(mvc.get().uri(uri, variables).exchange());
    }

    /** The JSON body of a {@code GET} that must answer 200, asked with {@code authorization}. */
    protected JsonNode getJsonAs(String authorization, String uri, Object... variables) {
        return json(mvc.get()
                .uri(uri, variables)
                .header(HttpHeaders.AUTHORIZATION, authorization)
                .exchange());
    }

    /** A client that sends only the headers a request sets: no token unless it adds one. */
    protected MockMvcTester withoutDefaultToken() {
        return MockMvcTester.create(MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean("springSecurityFilterChain", Filter.class))
                .build());
    }

    /** The {@code Authorization} header of work-station staff at {@code node}. */
    protected static String staffAt(String node) {
        return TestTokens.bearer(node, "WORK_STATION_STAFF");
    }

    /** Publishes registry nodes and waits until disposal has projected them. */
    protected static void project(Collection<NetworkNodeChanged> nodes) {
        nodes.forEach(node -> TestKafka.publish(Topics.NETWORK_CHANGED.name(), node.nodeCode(), node));
        ConsumerGroups.awaitConsumed(SERVICE_GROUP, Topics.NETWORK_CHANGED.name());
    }

    private static JsonNode json(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return EventJson.mapper().readTree(result.getResponse().getContentAsByteArray());
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        List.of(Topics.ITEM_SUBMITTED, Topics.NETWORK_CHANGED, Topics.REPORTING_COMPLIANCE, Topics.FINDINGS)
                .forEach(topic -> TestKafka.createTopic(topic.name()));
        NetworkFixtures.fixedCounty()
                .forEach(node -> TestKafka.publish(Topics.NETWORK_CHANGED.name(), node.nodeCode(), node));
        TestInfrastructure.register(registry, "disposal");
    }

    /** Every request carries the root's work-station staff token unless it sets its own. */
    @TestConfiguration(proxyBeanMethods = false)
    static class RootStaff {

        @Bean
        MockMvcBuilderCustomizer rootStaffToken() {
            return builder ->
                    builder.defaultRequest(get("/").header(HttpHeaders.AUTHORIZATION, staffAt(NetworkFixtures.ROOT)));
        }
    }
}
