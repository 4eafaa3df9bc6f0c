package org.qingfeng.analysis.monthly;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds {@code analysis.monthly.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MonthlyProperties.class)
class MonthlyConfiguration {}
