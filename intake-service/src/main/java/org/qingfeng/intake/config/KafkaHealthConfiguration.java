package org.qingfeng.intake.config;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** The {@code kafka} health contributor, with its own admin client and short timeouts. */
@Configuration(proxyBeanMethods = false)
class KafkaHealthConfiguration {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Bean(destroyMethod = "close")
    Admin kafkaHealthAdmin(KafkaAdmin kafkaAdmin) {
        Map<String, Object> config = new HashMap<>(kafkaAdmin.getConfigurationProperties());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        return Admin.create(config);
    }

    @Bean
    HealthIndicator kafkaHealthIndicator(Admin kafkaHealthAdmin) {
        return new KafkaHealthIndicator(kafkaHealthAdmin, TIMEOUT);
    }
}
