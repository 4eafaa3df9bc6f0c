package org.qingfeng.intake.network;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.intake.network.rules.KnownNames;
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
    private final NetworkWriter writer;
    private final KnownNames names;

    NetworkController(NetworkRegistry registry, NetworkWriter writer, KnownNames names) {
        this.registry = registry;
        this.writer = writer;
        this.names = names;
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Accepted> put(@RequestBody List<@Nullable NodeDraft> drafts) {
        List<NetworkNode> nodes = writer.check(drafts, registry.view(), names);
        writer.publish(nodes);
        return ResponseEntity.accepted().body(new Accepted(nodes.size()));
    }

    @GetMapping
    List<NetworkNode> list() {
        return registry.view().nodes();
    }

    record Accepted(int accepted) {}
}
