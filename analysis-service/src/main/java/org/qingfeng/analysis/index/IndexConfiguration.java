package org.qingfeng.analysis.index;

import org.qingfeng.analysis.index.rules.IndexMethod;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The index's settings, and the default method, checked at start so a typo cannot answer every request with 400. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IndexProperties.class)
class IndexConfiguration {

    @Bean
    DefaultIndexMethod defaultIndexMethod(IndexProperties properties) {
        IndexMethod method = IndexMethod.byVersion(properties.defaultMethod())
                .orElseThrow(() -> new IllegalStateException("analysis.index.default-method: no method "
                        + properties.defaultMethod() + ", known: "
                        + IndexMethod.ALL.stream().map(IndexMethod::version).toList()));
        if (properties.minCount() < 1) {
            throw new IllegalStateException("analysis.index.min-count must be at least 1");
        }
        return new DefaultIndexMethod(method);
    }

    /** The method a request without {@code method} and a close are computed with. */
    record DefaultIndexMethod(IndexMethod method) {}
}
