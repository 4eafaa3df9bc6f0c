package org.qingfeng.gateway.ratelimit;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.web.server.WebFilter;

@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    /** After Spring Security's chain (order -100), so the principal is known. */
    @Bean
    @Order(0)
    WebFilter rateLimitFilter(RateLimitSettings settings, MeterRegistry meters) {
        return new RateLimitFilter(settings, meters, System::nanoTime);
    }

    /** Shared by the API filter and the public follow-up page, so both spend from one bucket per address. */
    @Bean
    WrongReceipts wrongReceipts(RateLimitSettings settings, MeterRegistry meters) {
        return new WrongReceipts(settings, meters, System::nanoTime);
    }

    /** After the general limits: a request they refused never reaches intake, so it cannot fail here. */
    @Bean
    @Order(1)
    WebFilter wrongReceiptFilter(WrongReceipts wrongReceipts) {
        return new WrongReceiptFilter(wrongReceipts);
    }
}
