package org.qingfeng.support.kafka;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.EventDeserializer;

/**
 * {@link EventDeserializer}, then a check that the event is whole: every field the contract does
 * not mark {@code @Nullable} is present, in nested records too. An incomplete event fails here,
 * inside {@code ErrorHandlingDeserializer}, so its original bytes are what reach the dead-letter topic.
 */
public final class WholeEventDeserializer implements Deserializer<Object> {

    private final EventDeserializer events = new EventDeserializer();

    @Override
    public @Nullable Object deserialize(String topic, byte @Nullable [] data) {
        return deserialize(topic, null, data);
    }

    @Override
    public @Nullable Object deserialize(String topic, @Nullable Headers headers, byte @Nullable [] data) {
        Object event = events.deserialize(topic, headers, data);
        if (event != null) {
            requireWhole(event, "");
        }
        return event;
    }

    private static void requireWhole(Object record, String path) {
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            Object value = valueOf(component, record);
            String name = path + component.getName();
            if (value == null && !component.getAnnotatedType().isAnnotationPresent(Nullable.class)) {
                throw new SerializationException(
                        "incomplete " + record.getClass().getSimpleName() + ": no " + name);
            }
            if (value != null && value.getClass().isRecord()) {
                requireWhole(value, name + ".");
            }
        }
    }

    private static @Nullable Object valueOf(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new SerializationException("cannot read " + component.getName(), e);
        }
    }
}
