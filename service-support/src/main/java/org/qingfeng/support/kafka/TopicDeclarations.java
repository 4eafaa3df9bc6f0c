package org.qingfeng.support.kafka;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.qingfeng.contracts.TopicSpec;
import org.springframework.kafka.config.TopicBuilder;

/**
 * Topics as a service declares them: the spec's partitions (three unless a spec needs one total
 * order), the service's replication factor and, from
 * three replicas, {@code min.insync.replicas=2} so that acks=all means two copies. Dead-letter
 * topics are kept forever: each dead letter is a record someone has to look at.
 */
public final class TopicDeclarations {

    public static final int PARTITIONS = 3;

    private static final Map<String, String> KEEP_FOREVER = Map.of("retention.ms", "-1", "retention.bytes", "-1");

    private TopicDeclarations() {}

    /** A topic the service owns, with the settings of its spec. */
    public static NewTopic owned(TopicSpec topic, short replicas) {
        return declare(topic.name(), topic.config(), topic.partitions(), replicas);
    }

    /** The dead-letter topic {@code consumer} keeps for the records of {@code topic} it cannot process. */
    public static NewTopic deadLetters(TopicSpec topic, String consumer, short replicas) {
        return declare(topic.deadLetterFor(consumer), KEEP_FOREVER, PARTITIONS, replicas);
    }

    private static NewTopic declare(String name, Map<String, String> config, int partitions, short replicas) {
        Map<String, String> all = new HashMap<>(config);
        if (replicas >= 3) {
            all.put("min.insync.replicas", "2");
        }
        return TopicBuilder.name(name)
                .partitions(partitions)
                .replicas(replicas)
                .configs(all)
                .build();
    }
}
