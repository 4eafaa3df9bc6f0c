package org.qingfeng.intake.network;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the registry, under {@code intake.network.*}.
 *
 * @param monitoringHostRequired whether every monitoring point must say where it sits (医院, 学校…)
 */
@ConfigurationProperties("intake.network")
public record NetworkProperties(@DefaultValue("false") boolean monitoringHostRequired) {}
