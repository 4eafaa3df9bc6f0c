package org.qingfeng.disposal.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.qingfeng.disposal.DisposalProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.kafka.core.KafkaAdmin;

class KafkaHealthIndicatorTests {

    @Test
    void reportsDownWithinItsTimeoutWhenNoBrokerAnswers() {
        KafkaAdmin nowhere = new KafkaAdmin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1"));
        DisposalProperties properties = new DisposalProperties(
                new DisposalProperties.Kafka((short) 1, Duration.ofSeconds(10)),
                new DisposalProperties.Retry(Duration.ofSeconds(1), 3),
                Duration.ofMillis(500));
        KafkaHealthIndicator indicator = new KafkaHealthIndicator(nowhere, properties);

        Health health = indicator.health();
        indicator.destroy();

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    }
}
