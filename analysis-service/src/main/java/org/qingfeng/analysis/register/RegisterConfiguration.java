package org.qingfeng.analysis.register;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The register's settings; its topic is declared with analysis's others. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegisterProperties.class)
class RegisterConfiguration {}
