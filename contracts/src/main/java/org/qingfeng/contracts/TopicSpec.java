package org.qingfeng.contracts;

import java.util.Map;

/**
 * One topic with what it carries: the key is always the subject id as a string, the value one
 * event type.
 *
 * @param eventType the logical name carried in the {@value EventHeaders#EVENT_TYPE} header
 * @param config topic-level settings applied when the owner declares it
 * @param partitions how many partitions the owner declares: three, or one where a single total
 *     order matters more than parallel consumers (the audit trail)
 */
public record TopicSpec(
        String name,
        Class<?> valueType,
        String eventType,
        String keyDescription,
        Map<String, String> config,
        int partitions) {

    /** The usual spec: three partitions. */
    public TopicSpec(
            String name, Class<?> valueType, String eventType, String keyDescription, Map<String, String> config) {
        this(name, valueType, eventType, keyDescription, config, 3);
    }

    /** The dead-letter topic that {@code consumer} declares for the records of this topic it cannot process. */
    public String deadLetterFor(String consumer) {
        String fact = name.substring(name.indexOf('.') + 1);
        return consumer + "." + fact + ".dlt";
    }
}
