package org.qingfeng.audit.chain;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Anchors the head on a schedule as well, so that a quiet chain is witnessed before it reaches the next multiple. */
@Component
class Anchoring {

    private final AuditChain chain;

    Anchoring(AuditChain chain) {
        this.chain = chain;
    }

    @Scheduled(
            fixedDelayString = "${qingfeng.audit.anchor-interval:10m}",
            initialDelayString = "${qingfeng.audit.anchor-interval:10m}")
    void anchorHead() {
        chain.anchorHead();
    }
}
