package org.qingfeng.intake.config;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import org.springframework.boot.mongodb.autoconfigure.MongoProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service's own database ({@code spring.mongodb.database}), written with majority and journal acknowledgement. */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

    @Bean
    MongoDatabase mongoDatabase(MongoClient client, MongoProperties properties) {
        return client.getDatabase(properties.getMongoClientDatabase())
                .withWriteConcern(WriteConcern.MAJORITY.withJournal(true));
    }
}
