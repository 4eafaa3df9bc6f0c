package org.qingfeng.support.web.limits;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;

/**
 * Input limits of every servlet service, set explicitly rather than left to library defaults: the
 * JSON reader's constraints (nesting depth, string, number and name lengths) and a refused
 * duplicate property on the one {@code JsonMapper} Spring MVC reads bodies with, and a body limit
 * in front of it. Exceeding either answers a problem ({@code 400}, {@code 413}), never a {@code 500}.
 */
@AutoConfiguration(before = JacksonAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(InputLimitsProperties.class)
public final class InputLimitsAutoConfiguration {

    /**
     * Right after Spring Security's filter chain (order {@code -100}): a caller without a token is
     * refused before a byte of the body is read.
     */
    static final int FILTER_ORDER = -90;

    @Bean
    JsonFactoryBuilderCustomizer qingfengJsonReadLimits(InputLimitsProperties properties) {
        InputLimitsProperties.Json json = properties.json();
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(json.maxNestingDepth())
                .maxStringLength(json.maxStringLength())
                .maxNumberLength(json.maxNumberLength())
                .maxNameLength(json.maxNameLength())
                .maxDocumentLength(properties.maxJsonBody().toBytes())
                .build();
        // A repeated key would let two readers of one body see different values: refused.
        return factory ->
                factory.streamReadConstraints(constraints).enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }

    @Bean
    FilterRegistrationBean<BodyLimitFilter> qingfengBodyLimitFilter(InputLimitsProperties properties) {
        FilterRegistrationBean<BodyLimitFilter> registration =
                new FilterRegistrationBean<>(new BodyLimitFilter(properties.maxJsonBody()));
        registration.setOrder(FILTER_ORDER);
        return registration;
    }
}
