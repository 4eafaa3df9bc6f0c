package org.qingfeng.gateway;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wiring that belongs to no single feature. */
@Configuration(proxyBeanMethods = false)
class GatewayConfiguration {

    /** The console's "today" (default year, report range, appointment day), in the network's zone. */
    @Bean
    Clock clock(GatewayProperties properties) {
        return Clock.system(properties.console().zone());
    }
}
