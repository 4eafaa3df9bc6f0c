package org.qingfeng.support.mongo;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Mongo is up when the service's database answers {@code ping} within a short timeout. Boot's own
 * check sends {@code hello}, which the Mongo wire server used in tests does not know.
 */
final class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoDatabase database;

    MongoPingHealthIndicator(MongoDatabase database, Duration timeout) {
        super("Mongo health check failed");
        this.database = database.withTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        database.runCommand(new Document("ping", 1));
        builder.up().withDetail("database", database.getName());
    }
}
