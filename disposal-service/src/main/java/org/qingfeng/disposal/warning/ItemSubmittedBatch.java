package org.qingfeng.disposal.warning;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.SerializationUtils;

/**
 * The readable items at the head of a polled batch, up to the first record that could not be
 * read. The listener processes those, then reports the unreadable one by its index so that the
 * error handler commits what came before, dead-letters it, and redelivers the rest.
 */
record ItemSubmittedBatch(
        List<ItemSubmitted> items, @Nullable BatchListenerFailedException unreadable) {

    private static final LogAccessor LOG = new LogAccessor(ItemSubmittedBatch.class);

    static ItemSubmittedBatch of(List<ConsumerRecord<String, @Nullable Object>> records) {
        List<ItemSubmitted> items = new ArrayList<>(records.size());
        for (ConsumerRecord<String, @Nullable Object> record : records) {
            if (!(record.value() instanceof ItemSubmitted item)) {
                return new ItemSubmittedBatch(items, unreadable(record, items.size()));
            }
            items.add(item);
        }
        return new ItemSubmittedBatch(items, null);
    }

    void throwIfUnreadable() {
        if (unreadable != null) {
            throw unreadable;
        }
    }

    private static BatchListenerFailedException unreadable(ConsumerRecord<String, @Nullable Object> record, int index) {
        Exception cause = SerializationUtils.getExceptionFromHeader(
                record, SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
        if (cause == null) {
            cause = new IllegalArgumentException("record without an item-submitted value");
        }
        return new BatchListenerFailedException("unreadable item-submitted record", cause, index);
    }
}
