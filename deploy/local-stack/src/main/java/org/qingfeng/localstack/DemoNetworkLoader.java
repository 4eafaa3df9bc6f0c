package org.qingfeng.localstack;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.qingfeng.localstack.api.GatewayClient;
import org.qingfeng.localstack.network.DemoInformant;
import org.qingfeng.localstack.network.DemoNetwork;
import org.qingfeng.localstack.network.DemoUser;
import org.qingfeng.localstack.network.NetworkNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Loads the demo county through the gateway and waits until intake's registry lists every node:
 * the registry is a projection of a topic, so items naming a node are valid only from then on. Then
 * appoints the demo informants, each by the work station or their township, and creates the demo
 * staff accounts, all with the data folder's demo password.
 */
public final class DemoNetworkLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoNetworkLoader.class);

    private final GatewayClient gateway;
    private final Function<String, GatewayClient> appointers;
    private final Poll poll;
    private final String demoPassword;

    /**
     * {@code gateway} must carry the loader's service account token; {@code appointers} gives, for
     * an appointing unit's code, a client acting as that unit (the loader itself for the work station).
     */
    public DemoNetworkLoader(
            GatewayClient gateway, Function<String, GatewayClient> appointers, Duration timeout, String demoPassword) {
        this.gateway = gateway;
        this.appointers = appointers;
        this.poll = new Poll(timeout, Duration.ofMillis(250));
        this.demoPassword = demoPassword;
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
        appointInformants();
        createUsers();
    }

    /**
     * The authorization server checks each account's node against its own copy of the registry, which
     * catches up with the topic on its own time: until then it refuses the node, so keep asking.
     */
    private void createUsers() {
        List<DemoUser> users = DemoNetwork.users();
        for (DemoUser user : users) {
            if (!poll.until(() -> created(user))) {
                throw new IllegalStateException("the authorization server did not create " + user.username());
            }
        }
        log.info(
                "Demo users created: {}", users.stream().map(DemoUser::username).toList());
    }

    /**
     * Created now, or there already and given this start's password: a second start on the same
     * store (a system test after another) finds the accounts, and the demo password is the one the
     * banner prints.
     */
    private boolean created(DemoUser user) {
        try {
            String id = existingUsers().get(user.username());
            if (id != null) {
                return gateway.postJson("/auth/api/users/" + id + "/password", Map.of("password", demoPassword))
                                .statusCode()
                        == 204;
            }
            return gateway.createUser(user, demoPassword) == 201;
        } catch (RuntimeException e) {
            log.debug("Users not writable yet: {}", e.getMessage());
            return false;
        }
    }

    /** Username to user id of the accounts the authorization server has. */
    private Map<String, String> existingUsers() {
        Map<String, String> ids = new HashMap<>();
        for (JsonNode user : gateway.get("/auth/api/users").path("users")) {
            ids.put(user.path("username").asString(), user.path("id").asString());
        }
        return ids;
    }

    private void appointInformants() {
        List<DemoInformant> informants = DemoNetwork.informants();
        for (DemoInformant informant : informants) {
            int status = appointers.apply(informant.appointedByCode()).appoint(informant);
            if (status != 201 && status != 409) {
                throw new IllegalStateException("POST /api/informants answered " + status);
            }
        }
        if (!poll.until(() -> listedInformants() >= informants.size())) {
            throw new IllegalStateException("intake does not list the demo informants after " + poll.timeout());
        }
        log.info("Demo informants appointed: {}", informants.size());
    }

    private int listedInformants() {
        try {
            return gateway.informants().path("informants").size();
        } catch (RuntimeException e) {
            log.debug("Informants not readable yet: {}", e.getMessage());
            return 0;
        }
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
