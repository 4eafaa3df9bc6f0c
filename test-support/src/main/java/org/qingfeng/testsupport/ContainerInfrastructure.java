package org.qingfeng.testsupport;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/** The {@code apache/kafka} and {@code mongo} images, where a Docker engine is reachable. */
final class ContainerInfrastructure implements Infrastructure {

    private final KafkaContainer kafka = new KafkaContainer("apache/kafka:4.2.0");
    private final MongoDBContainer mongo = new MongoDBContainer("mongo:8.0");

    ContainerInfrastructure() {
        kafka.start();
        mongo.start();
    }

    @Override
    public String mode() {
        return "containers";
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String mongoUri() {
        return mongo.getConnectionString();
    }
}
