package org.qingfeng.disposal.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.qingfeng.disposal.DisposalProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class MongoPingHealthIndicatorTests {

    @Test
    void reportsDownWithinItsTimeoutWhenNoDatabaseAnswers() {
        DisposalProperties properties = new DisposalProperties(
                new DisposalProperties.Kafka((short) 1, Duration.ofSeconds(10)),
                new DisposalProperties.Retry(Duration.ofSeconds(1), 3),
                Duration.ofMillis(500));
        Health health;
        long started = System.nanoTime();
        try (MongoClient nowhere = MongoClients.create("mongodb://127.0.0.1:1")) {
            health = new MongoPingHealthIndicator(nowhere.getDatabase("disposal-service"), properties).health();
        }

        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }
}
