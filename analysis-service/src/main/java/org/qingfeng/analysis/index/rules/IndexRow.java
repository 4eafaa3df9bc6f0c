package org.qingfeng.analysis.index.rules;

import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.NodeKind;

/**
 * One row of the index: a region (the county, a township) or a unit, for one quarter.
 *
 * @param nodeKind as the network has it; null for a unit the network does not know
 * @param items the items behind the row (its own, and those behind its warnings and findings); null
 *     when suppressed
 */
public record IndexRow(
        String nodeCode,
        @Nullable NodeKind nodeKind,
        Level level,
        @Nullable Integer items,
        Integrity integrity,
        Completeness completeness,
        boolean suppressed) {

    public enum Level {
        /** The county or a township, with everything in its subtree. */
        REGION,
        /** A unit, with the facts that name it. */
        UNIT
    }
}
