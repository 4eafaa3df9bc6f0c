package org.qingfeng.intake.network;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.intake.network.rules.KnownNames;
import org.qingfeng.intake.network.rules.NetworkNode;
import org.qingfeng.intake.network.rules.NetworkView;
import org.qingfeng.intake.network.rules.NodeDraft;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Actors;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code PUT /api/network/nodes} loads or changes nodes of the administrator's subtree once the
 * broker holds them; the nodes are usable for submissions on this instance as soon as it answers.
 * {@code GET} lists the caller's subtree and the nodes above the caller.
 */
@RestController
@RequestMapping("/api/network/nodes")
class NetworkController {

    static final String TARGET = "network-node";

    private final NetworkRegistry registry;
    private final NetworkWriter writer;
    private final KnownNames names;
    private final AuditTrail audit;

    NetworkController(NetworkRegistry registry, NetworkWriter writer, KnownNames names, AuditTrail audit) {
        this.registry = registry;
        this.writer = writer;
        this.names = names;
        this.audit = audit;
    }

    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    ResponseEntity<Accepted> put(@RequestBody List<@Nullable NodeDraft> drafts) {
        Actor actor = Actors.current();
        NetworkView base = registry.view();
        List<NetworkNode> nodes = writer.check(drafts, base, names);
        NetworkScope.requireChangeable(actor, nodes, base, i -> "[" + i + "].code");
        writer.publish(nodes);
        audit.record(AuditEntry.of(AuditAction.NETWORK_CHANGED, TARGET, null, actor.node())
                .detail("nodes=" + nodes.size()));
        return ResponseEntity.accepted().body(new Accepted(nodes.size()));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('TOWNSHIP_STAFF','MONITORING_STAFF','WORK_STATION_STAFF','IDENTITY_CUSTODIAN',"
            + "'DEPARTMENT_OFFICER','NETWORK_ADMIN')")
    List<NetworkNode> list() {
        return NetworkScope.visible(Actors.current(), registry.view());
    }

    record Accepted(int accepted) {}
}
