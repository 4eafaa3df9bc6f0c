package org.qingfeng.support.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class MongoSupportAutoConfigurationTests {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(
                    MongoAutoConfiguration.class,
                    MongoHealthContributorAutoConfiguration.class,
                    MongoSupportAutoConfiguration.class))
            .withPropertyValues("spring.mongodb.uri=mongodb://127.0.0.1:1", "spring.mongodb.database=any-service");

    @Test
    void replacesBootsHelloCheckWithThePingUnderTheNameMongo() {
        context.run(it -> {
            assertThat(it.getBean("mongoHealthIndicator")).isInstanceOf(MongoPingHealthIndicator.class);
            assertThat(it).doesNotHaveBean("mongoHealthContributor");
        });
    }

    @Test
    void writesToTheServicesDatabaseWithMajorityAndJournalAcknowledgement() {
        context.run(it -> {
            MongoDatabase database = it.getBean(MongoDatabase.class);
            assertThat(database.getName()).isEqualTo("any-service");
            assertThat(database.getWriteConcern()).isEqualTo(WriteConcern.MAJORITY.withJournal(true));
        });
    }
}
