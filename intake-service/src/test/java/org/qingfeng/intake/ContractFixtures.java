package org.qingfeng.intake;

import java.util.Map;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.qingfeng.contracts.EventJson;
import org.qingfeng.contracts.EventSerializer;
import org.qingfeng.contracts.TopicSpec;
import org.qingfeng.support.kafka.WholeEventDeserializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import tools.jackson.databind.JsonNode;

/** Writing and reading events exactly as the service's Kafka clients are configured to. */
public final class ContractFixtures {

    private ContractFixtures() {}

    public static JsonNode written(TopicSpec topic, Object event) {
        return EventJson.mapper().readTree(new EventSerializer().serialize(topic.name(), new RecordHeaders(), event));
    }

    /** Through {@code ErrorHandlingDeserializer} delegating to {@code WholeEventDeserializer}, as in application.yml. */
    public static Object read(TopicSpec topic, byte[] bytes) {
        try (ErrorHandlingDeserializer<Object> deserializer = new ErrorHandlingDeserializer<>()) {
            deserializer.configure(
                    Map.of(ErrorHandlingDeserializer.VALUE_DESERIALIZER_CLASS, WholeEventDeserializer.class.getName()),
                    false);
            return deserializer.deserialize(topic.name(), new RecordHeaders(), bytes);
        }
    }

    public static <T> T readAs(TopicSpec topic, Class<T> type) {
        return type.cast(read(topic, org.qingfeng.contracts.Golden.bytes(topic)));
    }

    public static JsonNode tree(String json) {
        return EventJson.mapper().readTree(json);
    }
}
