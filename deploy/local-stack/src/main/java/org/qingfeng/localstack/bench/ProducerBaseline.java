package org.qingfeng.localstack.bench;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.LongFunction;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.qingfeng.contracts.EventJson;
import org.qingfeng.contracts.EventSerializer;
import org.qingfeng.contracts.intake.Channel;
import org.qingfeng.contracts.intake.ItemDetails;
import org.qingfeng.contracts.intake.SubmissionReceived;
import org.qingfeng.contracts.intake.SubmitterKind;
import org.qingfeng.localstack.network.DemoNetwork;
import org.qingfeng.localstack.network.SampleItem;

/**
 * The raw Kafka producer with intake's settings (acks=all, idempotent, linger 5 ms) sending
 * records like intake's {@code SubmissionReceived}, to a topic of its own on the same broker.
 */
final class ProducerBaseline implements AutoCloseable {

    static final String TOPIC = "bench.producer-baseline.v1";

    private final Producer<String, Object> producer;

    ProducerBaseline(String bootstrapServers) {
        createTopic(bootstrapServers);
        producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true,
                        ProducerConfig.LINGER_MS_CONFIG,
                        5),
                new StringSerializer(),
                new EventSerializer());
    }

    static SubmissionReceived anyRecord() {
        SampleItem item = DemoNetwork.bannerItem();
        UUID itemId = UUID.randomUUID();
        return new SubmissionReceived(
                UUID.randomUUID(),
                Instant.now(),
                itemId,
                "q3v0mJm3tq3Y1cQ3y5N8bVw9Jt9s0pQ2n8k4cY6dE1A",
                SubmitterKind.ANONYMOUS,
                new ItemDetails(
                        item.regionCode(),
                        item.regionCode().substring(0, item.regionCode().lastIndexOf('-')),
                        item.unitCode(),
                        item.subjectArea(),
                        null,
                        item.urgency(),
                        Channel.API,
                        item.description(),
                        null),
                null);
    }

    static int recordSize() {
        return EventJson.mapper().writeValueAsBytes(anyRecord()).length;
    }

    LongFunction<CompletableFuture<Boolean>> sends() {
        return intended -> {
            SubmissionReceived record = anyRecord();
            CompletableFuture<Boolean> acked = new CompletableFuture<>();
            producer.send(new ProducerRecord<>(TOPIC, record.itemId().toString(), record), (metadata, error) -> {
                acked.complete(error == null);
            });
            return acked;
        };
    }

    @Override
    public void close() {
        producer.close();
    }

    private static void createTopic(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create " + TOPIC, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
