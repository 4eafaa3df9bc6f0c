package org.qingfeng.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;

class PollsTests {

    private final List<List<String>> writes = new ArrayList<>();

    @Test
    void writesEveryReadableRecordOfAPollInOneGo() {
        Polls.process(List.of(record(0, "a"), record(1, "b")), String.class, Function.identity(), writes::add);

        assertThat(writes).containsExactly(List.of("a", "b"));
    }

    @Test
    void writesTheRecordsBeforeAnUnreadableOneAndNamesItForTheDeadLetterTopic() {
        List<ConsumerRecord<String, Object>> poll =
                List.of(record(0, "a"), record(1, "b"), unreadable(2), record(3, "d"));

        BatchListenerFailedException failed = catchThrowableOfType(
                BatchListenerFailedException.class,
                () -> Polls.process(poll, String.class, Function.identity(), writes::add));

        assertThat(writes).containsExactly(List.of("a", "b"));
        assertThat(failed.getIndex()).isEqualTo(2);
        assertThat(failed).hasCauseInstanceOf(UnreadableEvent.class);
    }

    @Test
    void namesARecordTheListenerCannotReadAsUnreadable() {
        BatchListenerFailedException failed = catchThrowableOfType(
                BatchListenerFailedException.class,
                () -> Polls.process(
                        List.of(record(0, "a"), record(1, "")),
                        String.class,
                        value -> value.substring(0, 1),
                        writes::add));

        assertThat(failed.getIndex()).isEqualTo(1);
        assertThat(failed).hasCauseInstanceOf(UnreadableEvent.class);
    }

    @Test
    void skipsATombstone() {
        Polls.process(List.of(record(0, null), record(1, "b")), String.class, Function.identity(), writes::add);

        assertThat(writes).containsExactly(List.of("b"));
    }

    @Test
    void failsTheWholePollWhenTheWriteFails() {
        BatchListenerFailedException failed = catchThrowableOfType(
                BatchListenerFailedException.class,
                () -> Polls.process(List.of(record(0, "a"), record(1, "b")), String.class, Function.identity(), w -> {
                    throw new IllegalStateException("store away");
                }));

        assertThat(failed.getIndex()).isZero();
        assertThat(failed).hasCauseInstanceOf(WriteFailed.class);
    }

    private static ConsumerRecord<String, Object> record(long offset, Object value) {
        return new ConsumerRecord<>("topic", 0, offset, "key", value);
    }

    private static ConsumerRecord<String, Object> unreadable(long offset) {
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
