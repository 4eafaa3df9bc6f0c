package org.qingfeng.intake.network;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.intake.network.rules.NetworkBatch;
import org.qingfeng.intake.network.rules.NetworkNode;
import org.qingfeng.intake.network.rules.NodeDraft;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT /api/network/nodes} loads or changes nodes once the broker holds them; the nodes are
 * usable for submissions on this instance as soon as it answers. {@code GET} lists the registry.
 */
@RestController
@RequestMapping("/api/network/nodes")
class NetworkController {

    private final NetworkRegistry registry;
    private final NetworkPublisher publisher;

    NetworkController(NetworkRegistry registry, NetworkPublisher publisher) {
        this.registry = registry;
        this.publisher = publisher;
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Accepted> put(@RequestBody List<@Nullable NodeDraft> drafts) {
        List<NetworkNode> nodes = NetworkBatch.check(drafts, registry.view());
        publisher.publish(nodes);
        registry.apply(nodes);
        return ResponseEntity.accepted().body(new Accepted(nodes.size()));
    }

    @GetMapping
    List<NetworkNode> list() {
        return registry.view().nodes();
    }

    record Accepted(int accepted) {}
}
