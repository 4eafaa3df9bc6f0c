package org.qingfeng.testsupport;

import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Waits for a service's consumer group: a record is processed once the group has committed past it. */
public final class ConsumerGroups {

    private ConsumerGroups() {}

    /** Waits until {@code group} has committed past {@code offset} of the partition. */
    public static void awaitProcessed(String group, String topic, int partition, long offset) {
        TopicPartition where = new TopicPartition(topic, partition);
        await().atMost(TestKafka.PATIENCE).until(() -> committed(group).getOrDefault(where, -1L) > offset);
    }

    /** Waits until {@code group} has committed every record now on {@code topic}. */
    public static void awaitConsumed(String group, String topic) {
        Map<TopicPartition, Long> ends = endOffsets(topic);
        await().atMost(TestKafka.PATIENCE).until(() -> caughtUp(committed(group), ends));
    }

    private static boolean caughtUp(Map<TopicPartition, Long> committed, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream()
                .filter(end -> end.getValue() > 0)
                .allMatch(end -> committed.getOrDefault(end.getKey(), 0L) >= end.getValue());
    }

    private static Map<TopicPartition, Long> endOffsets(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                TestKafka.consumerConfig(), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            return consumer.endOffsets(partitions);
        }
    }

    private static Map<TopicPartition, Long> committed(String group) {
        try (Admin admin = TestKafka.admin()) {
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get();
            return offsets.entrySet().stream()
                    .filter(e -> e.getValue() != null)
                    .collect(Collectors.toMap(
                            Map.Entry::getKey, e -> e.getValue().offset()));
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            throw TestKafka.interrupted(e);
        }
    }
}
