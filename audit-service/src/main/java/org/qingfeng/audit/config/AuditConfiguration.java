package org.qingfeng.audit.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock every "now" of audit is read from (the anchors' times), so tests can set it. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
