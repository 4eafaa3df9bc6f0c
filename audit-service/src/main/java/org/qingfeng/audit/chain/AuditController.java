package org.qingfeng.audit.chain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.qingfeng.audit.chain.rules.AuditFields;
import org.qingfeng.audit.chain.rules.ChainLink;
import org.qingfeng.audit.chain.rules.Finding;
import org.qingfeng.audit.chain.rules.VerificationReport;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Actors;
import org.qingfeng.support.security.NodeAncestry;
import org.qingfeng.support.security.Scopes;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail for network administrators, each held to the records of their subtree. Records
 * without a scope node, the chain's head (a count of every record) and the verification concern the
 * whole county: only an administrator at the root, whose node has no parent, sees them.
 */
@RestController
class AuditController {

    private static final String LIMIT_RANGE = "条数须在 1 到 500 之间 / limit must be between 1 and 500";
    private static final String AFTER_RANGE = "序号不能为负 / after must not be negative";

    /** How many records one request reads at most while looking for the caller's: the next page goes on from there. */
    static final int MAX_SCAN = 5_000;

    private static final int READ_PAGE = 500;

    private final ChainStore store;
    private final ChainVerification verification;
    private final NodeAncestry ancestry;
    private final Scopes scopes;

    AuditController(ChainStore store, ChainVerification verification, NodeAncestry ancestry, Scopes scopes) {
        this.store = store;
        this.verification = verification;
        this.ancestry = ancestry;
        this.scopes = scopes;
    }

    @GetMapping("/api/audit")
    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    Page records(
            @RequestParam(defaultValue = "0") @Min(value = 0, message = AFTER_RANGE) long after,
            @RequestParam(defaultValue = "100")
                    @Min(value = 1, message = LIMIT_RANGE)
                    @Max(value = 500, message = LIMIT_RANGE)
                    int limit) {
        Actor actor = Actors.current();
        boolean root = atRoot(actor);
        List<Entry> found = new ArrayList<>(limit);
        long cursor = after;
        int scanned = 0;
        scan:
        while (scanned < MAX_SCAN) {
            List<ChainLink> page = store.after(cursor, READ_PAGE);
            if (page.isEmpty()) {
                break;
            }
            for (ChainLink link : page) {
                cursor = link.seq();
                scanned++;
                if (visible(actor, root, link.fields().scopeNode())) {
                    found.add(Entry.of(link));
                    if (found.size() == limit) {
                        break scan;
                    }
                }
            }
        }
        Head head =
                root ? store.head().map(h -> new Head(h.seq(), h.hash())).orElse(new Head(0, ChainLink.GENESIS)) : null;
        return new Page(found, head, cursor);
    }

    @GetMapping("/api/audit/verify")
    @PreAuthorize("hasRole('NETWORK_ADMIN')")
    Report verify() {
        if (!atRoot(Actors.current())) {
            throw new AccessDeniedException("verification covers the whole county");
        }
        return Report.of(verification.verify());
    }

    private boolean visible(Actor actor, boolean root, @Nullable String scopeNode) {
        return scopeNode == null ? root : scopes.covers(actor, scopeNode);
    }

    private boolean atRoot(Actor actor) {
        return actor.node() != null && ancestry.lineage(actor.node()).size() == 1;
    }

    /**
     * @param head the chain's head, for an administrator at the root only (it counts every record)
     * @param next the seq to pass as {@code after} for the next page
     */
    record Page(List<Entry> records, @Nullable Head head, long next) {}

    record Head(long seq, String hash) {}

    record Entry(
            long seq,
            @Nullable Instant occurredAt,
            @Nullable String service,
            @Nullable String actor,
            List<String> actorRoles,
            @Nullable String actorNode,
            @Nullable String action,
            @Nullable String targetType,
            @Nullable String targetId,
            @Nullable String scopeNode,
            @Nullable String reason,
            @Nullable String outcome,
            @Nullable String detail,
            String hash) {

        static Entry of(ChainLink link) {
            AuditFields f = link.fields();
            return new Entry(
                    link.seq(),
                    f.occurredAt(),
                    f.service(),
                    f.actor(),
                    f.actorRoles(),
                    f.actorNode(),
                    f.action(),
                    f.targetType(),
                    f.targetId(),
                    f.scopeNode(),
                    f.reason(),
                    f.outcome(),
                    f.detail(),
                    link.hash());
        }
    }

    record Report(
            boolean intact,
            long records,
            long firstSeq,
            long lastSeq,
            int witnessedAnchors,
            int storedAnchors,
            Map<Finding.Kind, Integer> counts,
            List<Finding> findings) {

        static Report of(VerificationReport r) {
            return new Report(
                    r.intact(),
                    r.records(),
                    r.firstSeq(),
                    r.lastSeq(),
                    r.witnessedAnchors(),
                    r.storedAnchors(),
                    r.counts(),
                    r.findings());
        }
    }
}
