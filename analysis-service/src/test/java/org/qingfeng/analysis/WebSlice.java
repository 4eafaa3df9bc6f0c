package org.qingfeng.analysis;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;

/** What a web slice of analysis needs besides its controller: the settings its problem advice reads. */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnalysisProperties.class)
public class WebSlice {}
