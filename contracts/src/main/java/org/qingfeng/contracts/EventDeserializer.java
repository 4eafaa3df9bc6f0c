package org.qingfeng.contracts;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;
import tools.jackson.core.JacksonException;

/**
 * Reads an event by the topic it came from: every topic carries one value type, so no type
 * header is trusted to pick a class. A header naming another type is refused.
 */
public final class EventDeserializer implements Deserializer<Object> {

    @Override
    public Object deserialize(String topic, byte[] data) {
        return deserialize(topic, null, data);
    }

    @Override
    public Object deserialize(String topic, Headers headers, byte[] data) {
        if (data == null) {
            return null;
        }
        TopicSpec spec = Topics.byName(topic).orElseThrow(() -> new SerializationException("unknown topic " + topic));
        Header type = headers == null ? null : headers.lastHeader(EventHeaders.EVENT_TYPE);
        if (type != null && !spec.eventType().equals(new String(type.value(), StandardCharsets.UTF_8))) {
            throw new SerializationException("topic " + topic + " carries " + spec.eventType() + " only");
        }
        try {
            return EventJson.mapper().readValue(data, spec.valueType());
        } catch (JacksonException e) {
            throw new SerializationException("unreadable " + spec.eventType() + " on " + topic, e);
        }
    }
}
