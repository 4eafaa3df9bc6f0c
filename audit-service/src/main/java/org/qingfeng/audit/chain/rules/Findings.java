package org.qingfeng.audit.chain.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Findings in seq order, a run of the same finding on consecutive records told once. */
final class Findings {

    private Findings() {}

    static List<Finding> merged(List<Finding> findings) {
        List<Finding> sorted = findings.stream()
                .sorted(Comparator.comparing(Finding::kind)
                        .thenComparing(Finding::detail)
                        .thenComparingLong(Finding::seq))
                .toList();
        List<Finding> merged = new ArrayList<>();
        for (Finding f : sorted) {
            int lastIndex = merged.size() - 1;
            @Nullable Finding last = lastIndex < 0 ? null : merged.get(lastIndex);
            if (last != null
                    && last.kind() == f.kind()
                    && last.detail().equals(f.detail())
                    && f.seq() <= last.toSeq() + 1) {
                merged.set(
                        lastIndex,
                        new Finding(last.kind(), last.seq(), Math.max(last.toSeq(), f.toSeq()), last.detail()));
            } else {
                merged.add(f);
            }
        }
        merged.sort(Comparator.comparingLong(Finding::seq).thenComparing(Finding::kind));
        return merged;
    }

    /** The seq an anchor line names, for reporting a line that does not verify; 0 when unreadable. */
    static long seqNamedBy(String line) {
        String[] parts = line.strip().split(" ");
        try {
            return parts.length > 1 ? Long.parseLong(parts[1]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
