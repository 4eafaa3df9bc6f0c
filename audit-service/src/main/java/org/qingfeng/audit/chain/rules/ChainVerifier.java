package org.qingfeng.audit.chain.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a chain read back in seq order against itself and its anchors. Every record's hash is
 * recomputed from its content; every link is compared with the record before it; every signed
 * anchor line of the witness file and every anchor of the database is compared with the chain.
 * Where the evidence allows, a finding says what was done, not only that something is wrong: a
 * record whose content verifies at another seq was moved, a self-consistent record that links to
 * nothing was put in, a gap is a removal, a chain ending before its last anchor was cut short.
 */
public final class ChainVerifier {

    /** How far back a moved record's original seq is looked for through the links of other moved records. */
    private static final int MAX_RESOLVE_DEPTH = 16;

    private final AnchorSigner signer;

    public ChainVerifier(AnchorSigner signer) {
        this.signer = signer;
    }

    /**
     * @param records the chain as stored, in {@code _id} (seq) order
     * @param witnessLines the lines of the anchor file
     * @param storedAnchors the anchors of the database
     */
    public VerificationReport verify(List<ChainLink> records, List<String> witnessLines, List<Anchor> storedAnchors) {
        List<ChainLink> chain = records.stream()
                .sorted(Comparator.comparingLong(ChainLink::seq))
                .toList();
        Run run = new Run(chain);
        List<Finding> findings = new ArrayList<>();
        List<Anchor> witnessed = readWitness(witnessLines, findings);
        findings.addAll(run.gaps());
        findings.addAll(run.contents());
        findings.addAll(run.links(witnessed));
        findings.addAll(run.anchors(witnessed, storedAnchors));
        return new VerificationReport(
                chain.size(),
                chain.isEmpty() ? 0 : chain.get(0).seq(),
                chain.isEmpty() ? 0 : chain.get(chain.size() - 1).seq(),
                witnessed.size(),
                storedAnchors.size(),
                Findings.merged(findings));
    }

    private List<Anchor> readWitness(List<String> lines, List<Finding> findings) {
        List<Anchor> witnessed = new ArrayList<>();
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1);
            if (line.isBlank()) {
                continue;
            }
            int lineNumber = number;
            signer.verified(line)
                    .ifPresentOrElse(
                            witnessed::add,
                            () -> findings.add(Finding.at(
                                    Finding.Kind.ANCHOR_MISMATCH,
                                    Findings.seqNamedBy(line),
                                    "锚点文件第 " + lineNumber + " 行签名无效或无法读取 / anchor line " + lineNumber
                                            + ": signature invalid or unreadable")));
        }
        return witnessed;
    }

    /** One verification over one chain: its indexes and what is known of each record. */
    private static final class Run {
        private final List<ChainLink> chain;
        private final boolean[] selfConsistent;
        private final Map<String, Integer> byHash = new HashMap<>();
        private final Map<Long, Integer> bySeq = new HashMap<>();
        private final Map<Integer, Long> originalSeq = new HashMap<>();
        private final Set<Long> inserted = new HashSet<>();

        Run(List<ChainLink> chain) {
            this.chain = chain;
            this.selfConsistent = new boolean[chain.size()];
            for (int i = 0; i < chain.size(); i++) {
                ChainLink link = chain.get(i);
                selfConsistent[i] = link.selfConsistent();
                byHash.putIfAbsent(link.hash(), i);
                bySeq.put(link.seq(), i);
            }
        }

        List<Finding> gaps() {
            List<Finding> found = new ArrayList<>();
            long expected = 1;
            for (ChainLink link : chain) {
                if (link.seq() > expected) {
                    found.add(new Finding(
                            Finding.Kind.REMOVED,
                            expected,
                            link.seq() - 1,
                            "序号缺失，记录被删除 / seq missing: records were removed"));
                }
                expected = link.seq() + 1;
            }
            return found;
        }

        List<Finding> contents() {
            List<Finding> found = new ArrayList<>();
            for (int i = 0; i < chain.size(); i++) {
                if (selfConsistent[i]) {
                    continue;
                }
                long seq = chain.get(i).seq();
                long original = resolve(i, 0);
                if (original > 0 && original != seq) {
                    found.add(Finding.at(
                            Finding.Kind.REORDERED,
                            seq,
                            String.format(
                                    "内容原链接于序号 %+d 处 / content was chained %+d seq from here",
                                    original - seq, original - seq)));
                    Integer occupant = bySeq.get(original);
                    if (occupant != null && selfConsistent[occupant] && inserted.add(original)) {
                        found.add(Finding.at(
                                Finding.Kind.INSERTED,
                                original,
                                "另一条自洽的记录占用了被移走记录的序号 / a self-consistent record took the seq of a moved one"));
                    }
                } else {
                    found.add(Finding.at(Finding.Kind.ALTERED, seq, "哈希与内容不符 / the hash does not match the content"));
                }
            }
            return found;
        }

        List<Finding> links(List<Anchor> witnessed) {
            Map<Long, String> anchored = new HashMap<>();
            witnessed.forEach(a -> anchored.put(a.seq(), a.hash()));
            List<Finding> found = new ArrayList<>();
            for (int i = 0; i < chain.size(); i++) {
                ChainLink link = chain.get(i);
                boolean follows = link.seq() == 1 || (i > 0 && chain.get(i - 1).seq() == link.seq() - 1);
                if (!selfConsistent[i] || !follows || (i > 0 && !selfConsistent[i - 1])) {
                    // Unreadable, after a gap, or after a record already reported: explained there.
                    continue;
                }
                String expected =
                        link.seq() == 1 ? ChainLink.GENESIS : chain.get(i - 1).hash();
                if (link.prevHash().equals(expected)) {
                    continue;
                }
                boolean witnessedAsIs = link.hash().equals(anchored.get(link.seq()));
                boolean linkedOn = i + 1 < chain.size()
                        && chain.get(i + 1).prevHash().equals(link.hash())
                        && chain.get(i + 1).seq() == link.seq() + 1;
                if ((witnessedAsIs || linkedOn) && link.seq() > 1) {
                    found.add(Finding.at(
                            Finding.Kind.ALTERED,
                            link.seq() - 1,
                            "记录被改写并重算哈希，后一条仍链接旧哈希 / rewritten with a new hash; the next record"
                                    + " still links to the old one"));
                } else if (witnessedAsIs || linkedOn) {
                    found.add(Finding.at(
                            Finding.Kind.ALTERED,
                            link.seq(),
                            "首条记录未链接到创世哈希 / the first record does not link to the genesis hash"));
                } else if (inserted.add(link.seq())) {
                    found.add(Finding.at(
                            Finding.Kind.INSERTED,
                            link.seq(),
                            "自洽但不与前一条相链接 / self-consistent but does not link to the record before it"));
                }
            }
            return found;
        }

        List<Finding> anchors(List<Anchor> witnessed, List<Anchor> stored) {
            List<Finding> found = new ArrayList<>();
            long last = chain.isEmpty() ? 0 : chain.get(chain.size() - 1).seq();
            long furthest = 0;
            Map<Long, String> witnessedHash = new HashMap<>();
            for (Anchor anchor : witnessed) {
                witnessedHash.put(anchor.seq(), anchor.hash());
                furthest = Math.max(furthest, anchor.seq());
                compare(anchor, last, "见证文件 / witness file", found);
            }
            for (Anchor anchor : stored) {
                furthest = Math.max(furthest, anchor.seq());
                String witness = witnessedHash.get(anchor.seq());
                if (witness != null && !witness.equals(anchor.hash())) {
                    found.add(Finding.at(
                            Finding.Kind.ANCHOR_MISMATCH,
                            anchor.seq(),
                            "数据库中的锚点与见证文件不符 / the database's anchor differs from the witness file"));
                } else {
                    compare(anchor, last, "数据库 / database", found);
                }
            }
            if (furthest > last) {
                found.add(new Finding(
                        Finding.Kind.ANCHOR_MISMATCH,
                        last + 1,
                        furthest,
                        "链在最后一个锚点之前结束，尾部被截断 / the chain ends before its last anchor: the tail was cut"));
            }
            return found;
        }

        private void compare(Anchor anchor, long last, String where, List<Finding> found) {
            if (anchor.seq() > last) {
                return;
            }
            Integer at = bySeq.get(anchor.seq());
            if (at == null) {
                found.add(Finding.at(
                        Finding.Kind.ANCHOR_MISMATCH,
                        anchor.seq(),
                        "锚定的记录缺失（" + where + "）/ the anchored record is missing (" + where + ")"));
            } else if (!chain.get(at).hash().equals(anchor.hash())) {
                found.add(Finding.at(
                        Finding.Kind.ANCHOR_MISMATCH,
                        anchor.seq(),
                        "链上哈希与锚点不符（" + where + "）/ the chain's hash differs from the anchor (" + where + ")"));
            }
        }

        /**
         * The seq the record's content was chained at, found through the record its {@code
         * prevHash} names; {@code -1} when that cannot be told.
         */
        private long resolve(int index, int depth) {
            Long known = originalSeq.get(index);
            if (known != null) {
                return known;
            }
            ChainLink link = chain.get(index);
            if (selfConsistent[index]) {
                originalSeq.put(index, link.seq());
                return link.seq();
            }
            if (depth > MAX_RESOLVE_DEPTH) {
                return -1;
            }
            long candidate;
            if (link.prevHash().equals(ChainLink.GENESIS)) {
                candidate = 1;
            } else {
                Integer before = byHash.get(link.prevHash());
                if (before == null || before == index) {
                    originalSeq.put(index, -1L);
                    return -1;
                }
                long beforeSeq = resolve(before, depth + 1);
                if (beforeSeq < 0) {
                    return -1;
                }
                candidate = beforeSeq + 1;
            }
            long original = link.consistentAt(candidate) ? candidate : -1;
            originalSeq.put(index, original);
            return original;
        }
    }
}
