package org.qingfeng.support.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.qingfeng.support.kafka.RecordFixtures.anUnreadableRecord;
import static org.qingfeng.support.kafka.RecordFixtures.anyRecord;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;

class PollsTests {

    private final List<List<String>> writes = new ArrayList<>();

    @Test
    void writesEveryReadableRecordOfAPollInOneGo() {
        Polls.process(List.of(anyRecord(0, "a"), anyRecord(1, "b")), String.class, Function.identity(), writes::add);

        assertThat(writes).containsExactly(List.of("a", "b"));
    }

    @Test
    void writesTheEventsThemselvesWhenNothingIsToBeRead() {
        Polls.process(List.of(anyRecord(0, "a"), anyRecord(1, null), anyRecord(2, "c")), String.class, writes::add);

        assertThat(writes).containsExactly(List.of("a", "c"));
    }

    @Test
    void writesTheRecordsBeforeAnUnreadableOneAndNamesItForTheDeadLetterTopic() {
        List<ConsumerRecord<String, Object>> poll =
                List.of(anyRecord(0, "a"), anyRecord(1, "b"), anUnreadableRecord(2), anyRecord(3, "d"));

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
                        List.of(anyRecord(0, "a"), anyRecord(1, "")),
                        String.class,
                        value -> value.substring(0, 1),
                        writes::add));

        assertThat(failed.getIndex()).isEqualTo(1);
        assertThat(failed).hasCauseInstanceOf(UnreadableEvent.class);
    }

    @Test
    void skipsATombstone() {
        Polls.process(List.of(anyRecord(0, null), anyRecord(1, "b")), String.class, Function.identity(), writes::add);

        assertThat(writes).containsExactly(List.of("b"));
    }

    @Test
    void failsTheWholePollWhenTheWriteFails() {
        BatchListenerFailedException failed = catchThrowableOfType(
                BatchListenerFailedException.class,
                () -> Polls.process(
                        List.of(anyRecord(0, "a"), anyRecord(1, "b")), String.class, Function.identity(), w -> {
                            throw new IllegalStateException("store away");
                        }));

        assertThat(failed.getIndex()).isZero();
        assertThat(failed).hasCauseInstanceOf(WriteFailed.class);
    }
}
