package org.qingfeng.disposal.health;

import com.mongodb.client.MongoDatabase;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.qingfeng.disposal.DisposalProperties;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Up when the database answers {@code ping} in time; replaces Spring Boot's {@code mongo} check,
 * whose {@code hello} command the local Mongo wire server does not know.
 */
@Component("mongoHealthIndicator")
class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoDatabase database;

    MongoPingHealthIndicator(MongoDatabase database, DisposalProperties properties) {
        this.database = database.withTimeout(properties.healthTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        database.runCommand(new Document("ping", 1));
        builder.up().withDetail("database", database.getName());
    }
}
