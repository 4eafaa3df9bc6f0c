package org.qingfeng.disposal.network;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.NetworkNodeChanged;
import org.qingfeng.disposal.network.rules.NetworkNode;
import org.qingfeng.disposal.store.Projected;
import org.qingfeng.support.kafka.Polls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Projects intake's compacted registry topic, one bulk write per poll, offsets committed after it,
 * in the service's own consumer group: one copy per service is enough, since disposal checks nothing
 * against the network on the request path.
 */
@Component
class NetworkListener {

    private static final Logger log = LoggerFactory.getLogger(NetworkListener.class);

    private final NetworkNodeStore nodes;
    private final ProjectedAncestry ancestry;
    private final ProjectedDirectory directory;
    private final Counter projected;

    NetworkListener(
            NetworkNodeStore nodes, ProjectedAncestry ancestry, ProjectedDirectory directory, MeterRegistry registry) {
        this.nodes = nodes;
        this.ancestry = ancestry;
        this.directory = directory;
        this.projected = Projected.counter(registry, "network_nodes");
    }

    @KafkaListener(topics = "#{T(org.qingfeng.contracts.Topics).NETWORK_CHANGED.name()}")
    void on(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(records, NetworkNodeChanged.class, NetworkNode::from, changed -> {
            projected.increment(nodes.save(changed));
            ancestry.changed();
            directory.changed();
            log.debug("Projected {} network nodes", changed.size());
        });
    }
}
