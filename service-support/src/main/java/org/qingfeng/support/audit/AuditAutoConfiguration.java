package org.qingfeng.support.audit;

import java.time.Clock;
import java.time.Duration;
import org.qingfeng.support.kafka.KafkaSupportAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaOperations;

/** A Kafka audit trail for every service that has a Kafka template and does not bring its own trail. */
@AutoConfiguration(
        after = KafkaSupportAutoConfiguration.class,
        afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
public final class AuditAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(AuditTrail.class)
    @ConditionalOnBean(KafkaOperations.class)
    AuditTrail auditTrail(
            KafkaOperations<String, Object> kafka,
            @Value("${spring.application.name}") String service,
            ObjectProvider<Clock> clock,
            @Value("${qingfeng.audit.send-timeout:5s}") Duration timeout) {
        return new KafkaAuditTrail(kafka, service, clock.getIfAvailable(Clock::systemUTC), timeout);
    }
}
