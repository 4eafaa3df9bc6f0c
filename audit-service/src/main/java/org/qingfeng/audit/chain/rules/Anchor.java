package org.qingfeng.audit.chain.rules;

import java.time.Instant;

/** The chain's hash at one seq, written down at {@code at} where whoever rewrites the database cannot reach. */
public record Anchor(long seq, String hash, Instant at) {}
