package org.qingfeng.support.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;

/**
 * One poll of a batch listener: read every record, then one write for all the readable ones before
 * the offsets are committed. The first record that cannot be read ends the batch there: the records
 * before it are written, and the error handler sends it to the dead-letter topic and redelivers the
 * rest. A failed write fails the whole poll with {@link WriteFailed}, retried as {@link RetryPolicy} says.
 */
public final class Polls {

    private static final Logger log = LoggerFactory.getLogger(Polls.class);
    private static final LogAccessor LOG_ACCESSOR = new LogAccessor(Polls.class);

    private Polls() {}

    /** The events as they are: for a listener that writes the events themselves. */
    public static <E> void process(
            List<ConsumerRecord<String, @Nullable Object>> records, Class<E> type, Consumer<List<E>> write) {
        process(records, type, Function.identity(), write);
    }

    /** Each event read into what the listener writes, then all of them written in one go. */
    public static <E, R> void process(
            List<ConsumerRecord<String, @Nullable Object>> records,
            Class<E> type,
            Function<E, R> read,
            Consumer<List<R>> write) {
        List<R> readable = new ArrayList<>(records.size());
        for (int index = 0; index < records.size(); index++) {
            ConsumerRecord<String, @Nullable Object> record = records.get(index);
            try {
                readOne(record, type, read).ifPresent(readable::add);
            } catch (RuntimeException e) {
                log.warn(
                        "Unreadable record {}-{}@{}: {}",
                        record.topic(),
                        record.partition(),
                        record.offset(),
                        e.getClass().getSimpleName());
                writeAll(readable, write);
                throw new BatchListenerFailedException(
                        "unreadable record", new UnreadableEvent("unreadable " + type.getSimpleName(), e), index);
            }
        }
        writeAll(readable, write);
    }

    private static <E, R> Optional<R> readOne(
            ConsumerRecord<String, @Nullable Object> record, Class<E> type, Function<E, R> read) {
        DeserializationException failure = SerializationUtils.getExceptionFromHeader(
                record, SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG_ACCESSOR);
        if (failure != null) {
            throw failure;
        }
        Object value = record.value();
        if (value == null) {
            // A tombstone: nothing to project.
            return Optional.empty();
        }
        return Optional.of(read.apply(type.cast(value)));
    }

    private static <R> void writeAll(List<R> readable, Consumer<List<R>> write) {
        if (readable.isEmpty()) {
            return;
        }
        try {
            write.accept(readable);
        } catch (RuntimeException e) {
            throw new BatchListenerFailedException("write failed", new WriteFailed(e), 0);
        }
    }
}
