package org.qingfeng.support.kafka;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;

/** Records as a batch listener receives them from {@code ErrorHandlingDeserializer}. */
final class RecordFixtures {

    private RecordFixtures() {}

    static ConsumerRecord<String, @Nullable Object> anyRecord(long offset, @Nullable Object value) {
        return new ConsumerRecord<>("topic", 0, offset, "key", value);
    }

    /** A record whose value could not be deserialized: no value, the failure in a header. */
    static ConsumerRecord<String, @Nullable Object> anUnreadableRecord(long offset) {
        byte[] data = "{not json".getBytes(StandardCharsets.UTF_8);
        RecordHeaders headers = new RecordHeaders();
        SerializationUtils.deserializationException(
                headers, data, new DeserializationException("failed", data, false, new IllegalStateException()), false);
        return new ConsumerRecord<>(
                "topic",
                0,
                offset,
                0L,
                TimestampType.CREATE_TIME,
                0,
                data.length,
                "key",
                null,
                headers,
                Optional.empty());
    }
}
