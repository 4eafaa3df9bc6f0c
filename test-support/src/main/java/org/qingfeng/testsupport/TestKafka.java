package org.qingfeng.testsupport;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.EventJson;
import org.qingfeng.contracts.EventSerializer;

/**
 * What a test does on the shared broker from outside the service under test: plays the other
 * services (creates their topics, publishes their events or raw bytes), and reads what the service
 * leaves behind (records, dead letters). {@link ConsumerGroups} waits for what it has processed.
 */
public final class TestKafka {

    static final Duration PATIENCE = Duration.ofSeconds(30);

    private TestKafka() {}

    /** Creates a topic as its owning service would (three partitions), unless it exists. */
    public static void createTopic(String name) {
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(name, 3, (short) 1))).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException(e);
            }
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }

    /** Publishes an event as its producer would ({@link EventSerializer}, type header) and waits for the broker. */
    public static RecordMetadata publish(String topic, String key, Object event) {
        return publish(topic, null, key, event);
    }

    /** As {@link #publish(String, String, Object)}, on a chosen partition; {@code null} lets the key decide. */
    public static RecordMetadata publish(String topic, @Nullable Integer partition, String key, Object event) {
        try (KafkaProducer<String, Object> producer =
                new KafkaProducer<>(producerConfig(), new StringSerializer(), new EventSerializer())) {
            return producer.send(new ProducerRecord<>(topic, partition, key, event))
                    .get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }

    /** Publishes bytes as they are, such as a record no deserializer can read. */
    public static RecordMetadata publishRaw(String topic, String key, byte[] value) {
        try (KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(producerConfig(), new StringSerializer(), new ByteArraySerializer())) {
            return producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }

    /** Every record now on the topic, read from the beginning of each partition to its end. */
    public static List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(consumerConfig(), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    /** The raw values of every record under {@code key} now on {@code topic}, oldest first per partition. */
    public static List<byte[]> valuesOf(String topic, String key) {
        return readAll(topic).stream()
                .filter(record -> key.equals(record.key()))
                .map(ConsumerRecord::value)
                .toList();
    }

    /** The raw value of the first record under {@code key} on {@code topic}, once it is there. */
    public static byte[] awaitRecord(String topic, String key) {
        return await().atMost(PATIENCE)
                .until(() -> valuesOf(topic, key), values -> !values.isEmpty())
                .get(0);
    }

    public static <T> T value(ConsumerRecord<String, byte[]> record, Class<T> type) {
        return EventJson.mapper().readValue(record.value(), type);
    }

    static Admin admin() {
        return Admin.create(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafkaBootstrapServers()));
    }

    private static Map<String, Object> producerConfig() {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG,
                "all");
    }

    static Map<String, Object> consumerConfig() {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false);
    }

    static IllegalStateException interrupted(InterruptedException e) {
        Thread.currentThread().interrupt();
        return new IllegalStateException(e);
    }
}
