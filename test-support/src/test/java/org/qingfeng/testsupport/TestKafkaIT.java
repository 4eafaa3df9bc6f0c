package org.qingfeng.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.EventJson;
import org.qingfeng.contracts.Golden;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.disposal.WarningIssued;

class TestKafkaIT {

    private final String topic = "test-kafka-" + UUID.randomUUID();

    @Test
    void publishesEventsAndRawBytesThatReadBackByKey() {
        TestKafka.createTopic(topic);
        TestKafka.createTopic(topic);
        WarningIssued warning = EventJson.mapper().readValue(Golden.bytes(Topics.WARNING_ISSUED), WarningIssued.class);
        byte[] raw = "{not json".getBytes(StandardCharsets.UTF_8);

        TestKafka.publish(topic, "event", warning);
        TestKafka.publishRaw(topic, "raw", raw);

        List<ConsumerRecord<String, byte[]>> events = TestKafka.readAll(topic).stream()
                .filter(r -> "event".equals(r.key()))
                .toList();
        assertThat(events).singleElement().satisfies(r -> assertThat(TestKafka.value(r, WarningIssued.class))
                .isEqualTo(warning));
        assertThat(TestKafka.awaitRecord(topic, "raw")).isEqualTo(raw);
    }

    @Test
    void waitsUntilAGroupHasCommittedWhatIsOnTheTopic() {
        TestKafka.createTopic(topic);
        TestKafka.publishRaw(topic, "a", new byte[] {1});
        RecordMetadata last = TestKafka.publishRaw(topic, "b", new byte[] {2});
        String group = "group-" + UUID.randomUUID();

        consumeAndCommit(group, 2);

        ConsumerGroups.awaitConsumed(group, topic);
        ConsumerGroups.awaitProcessed(group, topic, last.partition(), last.offset());
    }

    private void consumeAndCommit(String group, int expected) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false);
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            int seen = 0;
            for (int polls = 0; polls < 50 && seen < expected; polls++) {
                seen += consumer.poll(Duration.ofMillis(200)).count();
            }
            consumer.commitSync();
            assertThat(seen).isEqualTo(expected);
        }
    }
}
