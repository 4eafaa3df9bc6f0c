package org.qingfeng.support.web.idempotency;

import com.mongodb.client.MongoDatabase;
import java.time.Clock;
import org.qingfeng.support.mongo.MongoSupportAutoConfiguration;
import org.qingfeng.support.web.limits.InputLimitsProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@code Idempotency-Key} filter of every servlet service that has a database of its own
 * ({@code MongoDatabase}): keys live in that service's {@code idempotency_keys}. Off with {@code
 * qingfeng.idempotency.enabled=false}. The service's {@code Clock} bean, when it has exactly one,
 * decides when a key expires.
 */
@AutoConfiguration(after = MongoSupportAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(prefix = "qingfeng.idempotency", name = "enabled", havingValue = "true", matchIfMissing = true)
@ConditionalOnBean(MongoDatabase.class)
@EnableConfigurationProperties({IdempotencyProperties.class, InputLimitsProperties.class})
public final class IdempotencyAutoConfiguration {

    /** After Spring Security ({@code -100}) and the body limit ({@code -90}): the caller is known, the body bounded. */
    static final int FILTER_ORDER = -80;

    @Bean
    IdempotencyStore idempotencyStore(MongoDatabase database, IdempotencyProperties properties) {
        return new IdempotencyStore(database, properties.ttl(), properties.inProgressLease());
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> qingfengIdempotencyFilter(
            IdempotencyStore store,
            IdempotencyProperties properties,
            InputLimitsProperties limits,
            ObjectProvider<Clock> clocks) {
        IdempotencyFilter filter = new IdempotencyFilter(
                store, properties, limits.maxJsonBody().toBytes(), clocks.getIfUnique(Clock::systemUTC));
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(FILTER_ORDER);
        return registration;
    }

    @Bean
    IdempotencySweeper idempotencySweeper(
            IdempotencyStore store, IdempotencyProperties properties, ObjectProvider<Clock> clocks) {
        return new IdempotencySweeper(store, properties, clocks.getIfUnique(Clock::systemUTC));
    }
}
