package org.qingfeng.intake.channel;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The channels' settings and counters. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ChannelsProperties.class)
class ChannelsConfiguration {

    @Bean
    ChannelMetrics channelMetrics(MeterRegistry meters) {
        return new ChannelMetrics(meters);
    }
}
