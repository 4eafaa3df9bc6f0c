package org.qingfeng.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class TestInfrastructureIT {

    @Test
    void aRecordAcknowledgedByTheBrokerCanBeReadBack() throws Exception {
        String bootstrap = TestInfrastructure.kafkaBootstrapServers();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic("harness-check", 1, (short) 1)))
                    .all()
                    .get();
        }
        try (var producer = new KafkaProducer<>(
                Map.<String, Object>of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>("harness-check", "k", "v")).get();
        }
        try (var consumer = new KafkaConsumer<>(
                Map.<String, Object>of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                        ConsumerConfig.GROUP_ID_CONFIG, "harness-check",
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of("harness-check"));
            var records = consumer.poll(Duration.ofSeconds(10));
            for (int i = 0; i < 5 && records.isEmpty(); i++) {
                records = consumer.poll(Duration.ofSeconds(2));
            }
            assertThat(records.count()).isEqualTo(1);
            assertThat(records.iterator().next().value()).isEqualTo("v");
        }
    }

    @Test
    void aDocumentWrittenOverTheWireCanBeReadBack() {
        try (MongoClient client = MongoClients.create(TestInfrastructure.mongoUri())) {
            var collection = client.getDatabase(TestInfrastructure.uniqueDatabase("harness"))
                    .getCollection("check");
            collection.insertOne(new Document("_id", "a").append("n", 1));

            assertThat(collection.find(new Document("_id", "a")).first()).containsEntry("n", 1);
        }
    }

    @Test
    void theRunSaysWhichInfrastructureItUses() {
        assertThat(TestInfrastructure.mode()).isIn("embedded", "containers");
    }
}
