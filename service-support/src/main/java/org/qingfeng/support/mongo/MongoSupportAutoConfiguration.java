package org.qingfeng.support.mongo;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.qingfeng.support.SupportProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The database named by {@code spring.mongodb.database}, and the {@code mongo} readiness check by
 * {@code ping}. Before Boot's Mongo health configuration, whose {@code hello} check gives way to it.
 */
@AutoConfiguration(after = MongoAutoConfiguration.class, before = MongoHealthContributorAutoConfiguration.class)
@EnableConfigurationProperties(SupportProperties.class)
public final class MongoSupportAutoConfiguration {

    /** Writes wait for a majority of the replica set and its journal: an acknowledged write stays. */
    @Bean
    @ConditionalOnMissingBean
    MongoDatabase mongoDatabase(MongoClient client, MongoProperties properties) {
        return client.getDatabase(properties.getMongoClientDatabase())
                .withWriteConcern(WriteConcern.MAJORITY.withJournal(true));
    }

    /** Named so that it replaces Boot's indicator as the {@code mongo} health contributor. */
    @Bean
    @ConditionalOnMissingBean(name = "mongoHealthIndicator")
    HealthIndicator mongoHealthIndicator(MongoDatabase mongoDatabase, SupportProperties properties) {
        return new MongoPingHealthIndicator(mongoDatabase, properties.healthTimeout());
    }
}
