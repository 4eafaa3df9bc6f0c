package org.qingfeng.localstack.bench;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.EventDeserializer;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.disposal.WarningIssued;

/** Notes when each item's warning appears on {@code disposal.warning-issued.v1}, from now on. */
final class WarningWatcher implements AutoCloseable {

    private final Map<UUID, Long> seenAt = new ConcurrentHashMap<>();
    private final CountDownLatch assigned = new CountDownLatch(1);
    private final Thread poller;
    private final Consumer<String, Object> consumer;
    private volatile boolean running = true;

    WarningWatcher(String bootstrapServers) {
        consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "latest"),
                new StringDeserializer(),
                new EventDeserializer());
        poller = new Thread(this::poll, "bench-warning-watcher");
        poller.setDaemon(true);
        poller.start();
        awaitAssignment();
    }

    /** When the warning of {@code itemId} was seen ({@link System#nanoTime()}), or null. */
    @Nullable
    Long seenAt(UUID itemId) {
        return seenAt.get(itemId);
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        poller.join(TimeUnit.SECONDS.toMillis(10));
    }

    private void poll() {
        try (consumer) {
            String topic = Topics.WARNING_ISSUED.name();
            consumer.assign(consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList());
            consumer.seekToEnd(consumer.assignment());
            consumer.assignment().forEach(consumer::position);
            assigned.countDown();
            while (running) {
                for (ConsumerRecord<String, Object> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.value() instanceof WarningIssued warning) {
                        seenAt.putIfAbsent(warning.itemId(), System.nanoTime());
                    }
                }
            }
        } catch (WakeupException e) {
            return;
        }
    }

    private void awaitAssignment() {
        try {
            if (!assigned.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("cannot read " + Topics.WARNING_ISSUED.name());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
