package org.qingfeng.support.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link Scopes} over the service's own {@link NodeAncestry}, whether or not the service uses the
 * shared resource server (the authorization server secures itself but scopes its admin API the same way).
 */
@AutoConfiguration
public final class ScopesAutoConfiguration {

    @Bean
    @ConditionalOnBean(NodeAncestry.class)
    @ConditionalOnMissingBean
    Scopes scopes(NodeAncestry ancestry) {
        return new Scopes(ancestry);
    }
}
