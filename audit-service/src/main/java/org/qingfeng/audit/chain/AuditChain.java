package org.qingfeng.audit.chain;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qingfeng.audit.AuditProperties;
import org.qingfeng.audit.chain.rules.Anchor;
import org.qingfeng.audit.chain.rules.AnchorSigner;
import org.qingfeng.audit.chain.rules.AuditFields;
import org.qingfeng.audit.chain.rules.Chain;
import org.qingfeng.audit.chain.rules.ChainLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Appends records to the chain and anchors it. The only writer: the audit topic has one partition,
 * held by one consumer of the group, so the head kept here is the store's head. It is loaded from
 * the store at start and again after a failed write, whose records come back with the poll's
 * redelivery and are found chained or not by their event ids.
 */
@Component
class AuditChain {

    private static final Logger log = LoggerFactory.getLogger(AuditChain.class);

    private final ChainStore store;
    private final AnchorFile witness;
    private final AnchorSigner signer;
    private final Clock clock;
    private final int anchorEvery;
    private final Counter chained;
    private final Counter anchored;
    private Chain chain;
    private long lastAnchorSeq;

    AuditChain(ChainStore store, AnchorFile witness, AuditProperties properties, Clock clock, MeterRegistry registry) {
        this.store = store;
        this.witness = witness;
        this.signer = AnchorSigner.withKey(properties.anchorKey());
        this.clock = clock;
        this.anchorEvery = properties.anchorEvery();
        this.chained = Counter.builder("audit.records.chained")
                .description("Audit records appended to the hash chain")
                .register(registry);
        this.anchored = Counter.builder("audit.anchors.written")
                .description("Anchors written to the witness file and the database")
                .register(registry);
        if (properties.usesLocalKey()) {
            log.warn("审计锚点使用本地默认密钥，仅限本机使用 / The anchors are signed with the local default key:"
                    + " for a machine of one's own only, set AUDIT_ANCHOR_KEY");
        }
        reload();
    }

    /** Chains the records not chained before, in their order, then anchors every {@code anchorEvery}th seq. */
    synchronized void append(List<AuditFields> records) {
        Map<String, AuditFields> fresh = new LinkedHashMap<>();
        records.forEach(r -> fresh.putIfAbsent(r.eventId(), r));
        Set<String> known = new HashSet<>(store.chained(fresh.keySet()));
        List<AuditFields> toChain = new ArrayList<>();
        fresh.forEach((eventId, r) -> {
            if (!known.contains(eventId)) {
                toChain.add(r);
            }
        });
        if (toChain.isEmpty()) {
            return;
        }
        List<ChainLink> links = chain.next(toChain);
        try {
            store.append(links);
        } catch (RuntimeException e) {
            reload();
            throw e;
        }
        chain.moveTo(links.get(links.size() - 1));
        chained.increment(links.size());
        links.stream().filter(l -> l.seq() % anchorEvery == 0).forEach(l -> anchor(l.seq(), l.hash()));
    }

    /** An anchor at the head, if it moved since the last anchor. */
    synchronized void anchorHead() {
        if (chain.headSeq() > lastAnchorSeq) {
            anchor(chain.headSeq(), chain.headHash());
        }
    }

    long headSeq() {
        return chain.headSeq();
    }

    /** The witness line first: an anchor in the database that the file lacks proves nothing. */
    private void anchor(long seq, String hash) {
        Anchor anchor = new Anchor(seq, hash, clock.instant());
        witness.append(signer.line(anchor));
        store.saveAnchor(anchor);
        lastAnchorSeq = Math.max(lastAnchorSeq, anchor.seq());
        anchored.increment();
        log.info("审计链锚点 / Audit chain anchored: seq {} hash {}", anchor.seq(), anchor.hash());
    }

    private void reload() {
        this.chain = store.head().map(Chain::after).orElseGet(Chain::empty);
        this.lastAnchorSeq = store.lastAnchor().map(Anchor::seq).orElse(0L);
    }
}
