package org.qingfeng.intake.config;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service's own database ({@code spring.mongodb.database}), written with majority and journal
 * acknowledgement, and its health check.
 */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

    @Bean
    MongoDatabase mongoDatabase(MongoClient client, MongoProperties properties) {
        return client.getDatabase(properties.getMongoClientDatabase())
                .withWriteConcern(WriteConcern.MAJORITY.withJournal(true));
    }

    /** Named so that it replaces Boot's Mongo indicator as the {@code mongo} health contributor. */
    @Bean
    HealthIndicator mongoHealthIndicator(MongoDatabase mongoDatabase) {
        return new MongoHealthIndicator(mongoDatabase, Duration.ofSeconds(2));
    }
}
