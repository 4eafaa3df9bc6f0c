package org.qingfeng.analysis.network;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.network.rules.NetworkNode;
import org.qingfeng.analysis.network.rules.RosterEntry;
import org.qingfeng.analysis.store.Projected;
import org.qingfeng.contracts.intake.InformantChanged;
import org.qingfeng.contracts.intake.NetworkNodeChanged;
import org.qingfeng.support.kafka.Polls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Projects intake's compacted registry and roster topics, one bulk write per poll, offsets committed
 * after it. Unlike intake, analysis does not check anything against the network on every instance,
 * so one copy per service is enough: these listeners read in the service's own consumer group.
 */
@Component
class NetworkListener {

    private static final Logger log = LoggerFactory.getLogger(NetworkListener.class);

    private final NetworkNodeStore nodes;
    private final InformantStore informants;
    private final ProjectedAncestry ancestry;
    private final Counter nodesProjected;
    private final Counter informantsProjected;

    NetworkListener(
            NetworkNodeStore nodes, InformantStore informants, ProjectedAncestry ancestry, MeterRegistry registry) {
        this.nodes = nodes;
        this.informants = informants;
        this.ancestry = ancestry;
        this.nodesProjected = Projected.counter(registry, "network_nodes");
        this.informantsProjected = Projected.counter(registry, "informants");
    }

    @KafkaListener(topics = "#{T(org.qingfeng.contracts.Topics).NETWORK_CHANGED.name()}")
    void nodesChanged(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(records, NetworkNodeChanged.class, NetworkNode::from, changed -> {
            nodesProjected.increment(nodes.save(changed));
            ancestry.changed();
            log.debug("Projected {} network nodes", changed.size());
        });
    }

    @KafkaListener(topics = "#{T(org.qingfeng.contracts.Topics).INFORMANT_CHANGED.name()}")
    void informantsChanged(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(records, InformantChanged.class, RosterEntry::from, changed -> {
            informantsProjected.increment(informants.save(changed));
            log.debug("Projected {} roster changes", changed.size());
        });
    }
}
