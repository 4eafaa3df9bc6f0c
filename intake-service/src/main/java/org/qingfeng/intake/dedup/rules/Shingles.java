package org.qingfeng.intake.dedup.rules;

import java.util.Arrays;

/**
 * The set of character bigrams of a normalised text, each packed into one {@code long} (first code
 * point in the high 21 bits, second in the low 21): exact, so two different bigrams never collide and
 * the Jaccard similarity computed on these numbers is the true one. Kept sorted and distinct.
 */
public record Shingles(long[] values) {

    private static final int CODE_POINT_BITS = 21;

    public Shingles {
        values = values.clone();
    }

    /** The bigrams of {@code normalised}; a one-character text is its own single shingle, an empty one has none. */
    public static Shingles of(String normalised) {
        int[] points = normalised.codePoints().toArray();
        if (points.length == 1) {
            return new Shingles(new long[] {points[0]});
        }
        long[] pairs = new long[Math.max(0, points.length - 1)];
        for (int i = 0; i + 1 < points.length; i++) {
            pairs[i] = ((long) points[i] << CODE_POINT_BITS) | points[i + 1];
        }
        return new Shingles(Arrays.stream(pairs).sorted().distinct().toArray());
    }

    /** Normalises {@code text} first. */
    public static Shingles ofText(String text) {
        return of(TextNormaliser.normalise(text));
    }

    public int size() {
        return values.length;
    }

    public boolean isEmpty() {
        return values.length == 0;
    }

    @Override
    public long[] values() {
        return values.clone();
    }

    /** Exact Jaccard similarity |A ∩ B| / |A ∪ B| by merging the sorted arrays; two empty sets are 0. */
    public double jaccard(Shingles other) {
        long[] a = values;
        long[] b = other.values;
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - common;
        return union == 0 ? 0 : (double) common / union;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Shingles s && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Shingles[" + values.length + "]";
    }
}
