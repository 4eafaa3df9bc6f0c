package org.qingfeng.audit.chain.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * The head of the chain and how the next records hang on it. One writer only: the audit topic has
 * one partition, so one consumer appends, in the topic's order.
 */
public final class Chain {

    private long headSeq;
    private String headHash;

    private Chain(long headSeq, String headHash) {
        this.headSeq = headSeq;
        this.headHash = headHash;
    }

    public static Chain empty() {
        return new Chain(0, ChainLink.GENESIS);
    }

    public static Chain after(ChainLink head) {
        return new Chain(head.seq(), head.hash());
    }

    /** The links of {@code fields} after the head, in order; the head moves only by {@link #moveTo}. */
    public List<ChainLink> next(List<AuditFields> fields) {
        List<ChainLink> links = new ArrayList<>(fields.size());
        long seq = headSeq;
        String prev = headHash;
        for (AuditFields f : fields) {
            ChainLink link = ChainLink.of(++seq, f, prev);
            links.add(link);
            prev = link.hash();
        }
        return links;
    }

    /** Once the links are stored. */
    public void moveTo(ChainLink head) {
        this.headSeq = head.seq();
        this.headHash = head.hash();
    }

    public long headSeq() {
        return headSeq;
    }

    public String headHash() {
        return headHash;
    }
}
