package org.qingfeng.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.ProducerListener;
import org.springframework.test.util.ReflectionTestUtils;

class KafkaSupportAutoConfigurationTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class, KafkaSupportAutoConfiguration.class))
            .withPropertyValues("spring.kafka.bootstrap-servers=127.0.0.1:1");

    @Test
    void logsFailedSendsWithoutTheirPayload() {
        context.run(
                it -> assertThat(ReflectionTestUtils.getField(it.getBean(ProducerListener.class), "includeContents"))
                        .isEqualTo(false));
    }

    @Test
    void leavesBootsEventTemplateTheOnlyOneInjectedByType() {
        context.run(it -> {
            assertThat(it).hasBean("deadLetterBytesTemplate");
            assertThat(it.getBeanProvider(KafkaTemplate.class).getIfUnique()).isSameAs(it.getBean("kafkaTemplate"));
        });
    }

    @Test
    void offersTheDeadLetterHandlerFactoryTheRetryPolicyAndTheKafkaReadinessCheck() {
        context.run(it -> {
            assertThat(it).hasSingleBean(DeadLetters.class).hasSingleBean(RetryPolicy.class);
            assertThat(it.getBean("kafkaHealthIndicator")).isInstanceOf(KafkaHealthIndicator.class);
            assertThat(it.getBean(DeadLetters.class).errorHandler("analysis")).isNotNull();
        });
    }
}
