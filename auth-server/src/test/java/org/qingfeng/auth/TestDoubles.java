package org.qingfeng.auth;

import java.time.Clock;
import java.time.Duration;
import org.qingfeng.support.audit.KafkaAuditTrail;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.core.KafkaOperations;

/** The seams the integration tests hold: the sign-in waits and the audit trail's availability. */
@TestConfiguration(proxyBeanMethods = false)
public class TestDoubles {

    @Bean
    @Primary
    RecordingSleeper recordingSleeper() {
        return new RecordingSleeper();
    }

    @Bean
    SwitchableAuditTrail auditTrail(KafkaOperations<String, Object> kafka) {
        return new SwitchableAuditTrail(
                new KafkaAuditTrail(kafka, "auth-server", Clock.systemUTC(), Duration.ofSeconds(3)));
    }
}
