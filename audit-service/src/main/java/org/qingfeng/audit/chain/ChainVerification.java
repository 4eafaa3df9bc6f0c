package org.qingfeng.audit.chain;

import org.qingfeng.audit.AuditProperties;
import org.qingfeng.audit.chain.rules.AnchorSigner;
import org.qingfeng.audit.chain.rules.ChainVerifier;
import org.qingfeng.audit.chain.rules.VerificationReport;
import org.springframework.stereotype.Component;

/** The verifier over the stored chain, the stored anchors and the witness file. */
@Component
public class ChainVerification {

    private final ChainStore store;
    private final AnchorFile witness;
    private final ChainVerifier verifier;

    public ChainVerification(ChainStore store, AnchorFile witness, AuditProperties properties) {
        this.store = store;
        this.witness = witness;
        this.verifier = new ChainVerifier(AnchorSigner.withKey(properties.anchorKey()));
    }

    public VerificationReport verify() {
        return verifier.verify(store.all(), witness.lines(), store.anchors());
    }

    public AnchorFile witness() {
        return witness;
    }
}
