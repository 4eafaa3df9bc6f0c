package org.qingfeng.localstack;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.qingfeng.localstack.api.GatewayClient;
import org.qingfeng.localstack.network.DemoNetwork;
import org.qingfeng.localstack.network.NetworkNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Loads the demo county through the gateway and waits until intake's registry lists every node:
 * the registry is a projection of a topic, so items naming a node are valid only from then on.
 */
public final class DemoNetworkLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoNetworkLoader.class);

    private final GatewayClient gateway;
    private final Poll poll;

    public DemoNetworkLoader(GatewayClient gateway, Duration timeout) {
        this.gateway = gateway;
        this.poll = new Poll(timeout, Duration.ofMillis(250));
    }

    public void load() {
        List<NetworkNode> nodes = DemoNetwork.nodes();
        int status = gateway.putNodes(nodes);
        if (status / 100 != 2) {
            throw new IllegalStateException("PUT /api/network/nodes answered " + status);
        }
        Set<String> expected =
                new HashSet<>(nodes.stream().map(NetworkNode::code).toList());
        if (!poll.until(() -> listedCodes().containsAll(expected))) {
            throw new IllegalStateException("the registry does not list the demo network after " + poll.timeout());
        }
        log.info("Demo network loaded: {} nodes of county {}", nodes.size(), DemoNetwork.COUNTY_CODE);
    }

    private Set<String> listedCodes() {
        Set<String> codes = new HashSet<>();
        try {
            for (JsonNode code : gateway.nodes().findValues("code")) {
                codes.add(code.asString());
            }
        } catch (RuntimeException e) {
            log.debug("Registry not readable yet: {}", e.getMessage());
        }
        return codes;
    }
}
