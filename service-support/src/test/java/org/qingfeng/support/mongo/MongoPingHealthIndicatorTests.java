package org.qingfeng.support.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class MongoPingHealthIndicatorTests {

    @Test
    void reportsDownWithinItsTimeoutWhenNoDatabaseAnswers() {
        Health health;
        long started = System.nanoTime();
        try (MongoClient nowhere = MongoClients.create("mongodb://127.0.0.1:1")) {
            health = new MongoPingHealthIndicator(nowhere.getDatabase("any-service"), Duration.ofMillis(500)).health();
        }

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }
}
