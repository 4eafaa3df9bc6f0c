package org.qingfeng.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.qingfeng.intake.IntakeProperties;
import org.qingfeng.support.security.ServiceSecurityAutoConfiguration;
import org.qingfeng.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@WebMvcTest(PingController.class)
@ImportAutoConfiguration(ServiceSecurityAutoConfiguration.class)
class WebTests {

    /** The slice checks tokens as the service does; these endpoints are open, so none is sent. */
    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        TestTokens.register(registry);
        registry.add("qingfeng.security.public-paths", () -> "/api/items,/api/receipts/status,/api/ping");
    }

    @Autowired
    MockMvcTester mvc;

    @Test
    void answersThePingWithAConstant() {
        assertThat(mvc.get().uri("/api/ping"))
                .hasStatusOk()
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .bodyJson()
                .isStrictlyEqualTo("{\"pong\":true}");
    }

    @Test
    void answersAWrongMethodWithABilingualProblem() {
        assertThat(mvc.post().uri("/api/ping"))
                .hasStatus(HttpStatus.METHOD_NOT_ALLOWED)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.title")
                .isEqualTo("不支持该请求方法 / Method not allowed");
    }

    @TestConfiguration
    @EnableConfigurationProperties(IntakeProperties.class)
    static class Meters {

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }
}
