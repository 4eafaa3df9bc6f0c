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
import org.qingfeng.contracts.disposal.CaseStepped;

/** Notes when a case opened for each item appears on {@code disposal.case-steps.v1}, from now on. */
final class CaseWatcher implements AutoCloseable {

    private final Map<UUID, Long> seenAt = new ConcurrentHashMap<>();
    private final CountDownLatch assigned = new CountDownLatch(1);
    private final Thread poller;
    private final Consumer<String, Object> consumer;
    private volatile boolean running = true;

    CaseWatcher(String bootstrapServers) {
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
        poller = new Thread(this::poll, "bench-case-watcher");
        poller.setDaemon(true);
        poller.start();
        awaitAssignment();
    }

    /** When the case of {@code itemId} was seen ({@link System#nanoTime()}), or null. */
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
            String topic = Topics.CASE_STEPS.name();
            consumer.assign(consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList());
            consumer.seekToEnd(consumer.assignment());
            consumer.assignment().forEach(consumer::position);
            assigned.countDown();
            while (running) {
                for (ConsumerRecord<String, Object> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.value() instanceof CaseStepped step && step.step() == CaseStepped.Step.OPENED) {
                        long now = System.nanoTime();
                        step.itemIds().forEach(item -> seenAt.putIfAbsent(item, now));
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
                throw new IllegalStateException("cannot read " + Topics.CASE_STEPS.name());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
