package org.qingfeng.analysis.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock every "now" of analysis is read from, so tests can set the day. */
@Configuration(proxyBeanMethods = false)
class AnalysisConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
