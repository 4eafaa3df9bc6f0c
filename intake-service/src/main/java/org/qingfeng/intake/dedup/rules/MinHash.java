package org.qingfeng.intake.dedup.rules;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * MinHash signatures: {@code k} permutations {@code h(x) = (a·x + b) mod p} with the Mersenne prime
 * {@code p = 2^61 − 1} (a universal family; shingles are below 2^42, so no two collide), {@code a}
 * and {@code b} drawn from a {@link SplittableRandom} with a fixed seed. The same seed gives the same
 * permutations on every machine and after every restart, so stored signatures and bucket keys stay
 * comparable; a different seed or {@code k} is a different method version.
 */
public final class MinHash {

    static final long PRIME = (1L << 61) - 1;

    private final long[] a;
    private final long[] b;

    public MinHash(int permutations, long seed) {
        if (permutations < 1) {
            throw new IllegalArgumentException("at least one permutation");
        }
        SplittableRandom random = new SplittableRandom(seed);
        this.a = new long[permutations];
        this.b = new long[permutations];
        for (int i = 0; i < permutations; i++) {
            a[i] = 1 + random.nextLong(PRIME - 1);
            b[i] = random.nextLong(PRIME);
        }
    }

    public int permutations() {
        return a.length;
    }

    /** The minimum of each permutation over the shingles; an empty set signs as all {@code Long.MAX_VALUE}. */
    public long[] sign(Shingles shingles) {
        long[] signature = new long[a.length];
        Arrays.fill(signature, Long.MAX_VALUE);
        for (long x : shingles.values()) {
            for (int i = 0; i < a.length; i++) {
                long h = addMod(mulMod(a[i], x), b[i]);
                if (h < signature[i]) {
                    signature[i] = h;
                }
            }
        }
        return signature;
    }

    /** The share of equal positions: an unbiased estimate of the Jaccard similarity. */
    public static double estimate(long[] first, long[] second) {
        if (first.length != second.length || first.length == 0) {
            throw new IllegalArgumentException("signatures of one method only");
        }
        int equal = 0;
        for (int i = 0; i < first.length; i++) {
            if (first[i] == second[i]) {
                equal++;
            }
        }
        return (double) equal / first.length;
    }

    /** {@code x·y mod p} for x, y below p, from the 128-bit product: 2^61 ≡ 1 (mod p). */
    static long mulMod(long x, long y) {
        long low = x * y;
        long high = Math.multiplyHigh(x, y);
        long upper = (high << 3) | (low >>> 61);
        return reduce(upper + (low & PRIME));
    }

    static long addMod(long x, long y) {
        return reduce(x + y);
    }

    private static long reduce(long value) {
        long r = (value & PRIME) + (value >>> 61);
        return r >= PRIME ? r - PRIME : r;
    }
}
