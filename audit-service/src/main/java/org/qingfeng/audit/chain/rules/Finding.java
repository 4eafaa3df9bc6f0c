package org.qingfeng.audit.chain.rules;

/**
 * One thing the verifier found, at {@code seq} (through {@code toSeq} when it spans a run of records).
 *
 * @param detail what was seen, Chinese first then English
 */
public record Finding(Kind kind, long seq, long toSeq, String detail) {

    public static Finding at(Kind kind, long seq, String detail) {
        return new Finding(kind, seq, seq, detail);
    }

    public enum Kind {
        /** 记录被篡改: a record's hash does not match its content, or it was rewritten with a new hash. */
        ALTERED("篡改"),
        /** 记录被删除: a gap in the sequence. */
        REMOVED("删除"),
        /** 记录顺序被调换: a record's content and links say it was chained at another seq. */
        REORDERED("调换顺序"),
        /** 记录被插入: a record that does not link into the chain, or takes the seq of another. */
        INSERTED("插入"),
        /** 锚点不符: the chain disagrees with a witnessed anchor, an anchor is forged, or the chain was cut short. */
        ANCHOR_MISMATCH("锚点不符");

        private final String chinese;

        Kind(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }
}
