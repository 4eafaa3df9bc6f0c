package org.qingfeng.auth.network;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.EventJson;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.NetworkNodeChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;

/**
 * Reads intake's registry topic from its beginning on every start and follows it, into {@link
 * NetworkTree}. No consumer group: the topic is compacted and small, so reading it whole is cheaper
 * than keeping offsets, and the tree needs no store. Until intake has created the topic the reader
 * keeps asking for it.
 */
@Component
class NetworkReader implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NetworkReader.class);
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration RETRY = Duration.ofSeconds(2);

    private final NetworkTree tree;
    private final String bootstrapServers;
    private volatile boolean running;
    private @Nullable Thread thread;
    private volatile @Nullable KafkaConsumer<String, byte[]> consumer;

    NetworkReader(NetworkTree tree, @Value("${spring.kafka.bootstrap-servers}") String bootstrapServers) {
        this.tree = tree;
        this.bootstrapServers = bootstrapServers;
    }

    @Override
    public void start() {
        running = true;
        Thread reader = new Thread(this::run, "network-reader");
        reader.setDaemon(true);
        reader.start();
        thread = reader;
    }

    @Override
    public void stop() {
        running = false;
        KafkaConsumer<String, byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        Thread reader = thread;
        if (reader != null) {
            try {
                reader.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        try (KafkaConsumer<String, byte[]> kafka =
                new KafkaConsumer<>(config(), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer = kafka;
            assignWhenTheTopicExists(kafka);
            while (running) {
                kafka.poll(POLL).forEach(this::apply);
            }
        } catch (WakeupException e) {
            log.debug("Network reader stopped");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (KafkaException e) {
            log.error("Network reader failed; node scoping knows {} nodes", tree.size(), e);
        }
    }

    private void assignWhenTheTopicExists(KafkaConsumer<String, byte[]> kafka) throws InterruptedException {
        String topic = Topics.NETWORK_CHANGED.name();
        while (running) {
            List<TopicPartition> partitions = partitions(kafka, topic);
            if (!partitions.isEmpty()) {
                kafka.assign(partitions);
                kafka.seekToBeginning(partitions);
                log.info("Reading the network from {} ({} partitions)", topic, partitions.size());
                return;
            }
            log.info("Waiting for {} to exist", topic);
            Thread.sleep(RETRY.toMillis());
        }
    }

    /** None while the topic does not exist yet or the broker is away; the caller asks again. */
    private static List<TopicPartition> partitions(KafkaConsumer<String, byte[]> kafka, String topic) {
        try {
            return kafka.partitionsFor(topic, POLL.multipliedBy(5)).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
        } catch (TimeoutException e) {
            return List.of();
        }
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            tree.remove(record.key());
            return;
        }
        try {
            NetworkNodeChanged node = EventJson.mapper().readValue(record.value(), NetworkNodeChanged.class);
            tree.put(node.nodeCode(), node.parentCode());
        } catch (JacksonException e) {
            log.warn(
                    "Skipped an unreadable registry record at {}-{}@{}",
                    record.topic(),
                    record.partition(),
                    record.offset());
        }
    }

    private Map<String, Object> config() {
        return Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG,
                "auth-server-network",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG,
                false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest");
    }
}
