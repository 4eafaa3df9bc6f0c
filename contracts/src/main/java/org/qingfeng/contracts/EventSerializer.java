package org.qingfeng.contracts;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/** Writes an event as JSON and names its logical type in the {@value EventHeaders#EVENT_TYPE} header. */
public final class EventSerializer implements Serializer<Object> {

    @Override
    public byte[] serialize(String topic, Object event) {
        return serialize(topic, null, event);
    }

    @Override
    public byte[] serialize(String topic, Headers headers, Object event) {
        if (event == null) {
            return null;
        }
        TopicSpec spec = Topics.byValueType(event.getClass())
                .orElseThrow(() -> new SerializationException("not an event of the catalogue: " + event.getClass()));
        if (headers != null) {
            headers.remove(EventHeaders.EVENT_TYPE);
            headers.add(EventHeaders.EVENT_TYPE, spec.eventType().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return EventJson.mapper().writeValueAsBytes(event);
    }
}
