package org.qingfeng.intake.dedup.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Locality-sensitive banding of MinHash signatures: {@code bands} bands of {@code rows} positions
 * each; two texts become candidates when all rows of at least one band agree, which happens with
 * probability {@code 1 − (1 − s^rows)^bands} for Jaccard similarity {@code s}. The steep part of
 * that S-curve sits near {@code (1/bands)^(1/rows)}, see {@link #threshold()}.
 *
 * <p>A bucket key is {@code "<band>:<16 hex digits>"}, the band's rows mixed into 64 bits, so it is a
 * Mongo {@code _id} and the same on every machine.
 */
public record Lsh(int bands, int rows) {

    public Lsh {
        if (bands < 1 || rows < 1) {
            throw new IllegalArgumentException("bands and rows must be positive");
        }
    }

    public int signatureLength() {
        return bands * rows;
    }

    /** Where the S-curve is steepest, approximately: {@code (1/bands)^(1/rows)}. */
    public double threshold() {
        return Math.pow(1.0 / bands, 1.0 / rows);
    }

    /** The chance that two texts of Jaccard similarity {@code similarity} share at least one bucket. */
    public double candidateProbability(double similarity) {
        return 1 - Math.pow(1 - Math.pow(similarity, rows), bands);
    }

    /** One bucket key per band. */
    public List<String> buckets(long[] signature) {
        if (signature.length < signatureLength()) {
            throw new IllegalArgumentException("signature shorter than bands × rows");
        }
        List<String> keys = new ArrayList<>(bands);
        for (int band = 0; band < bands; band++) {
            long hash = 0x9E3779B97F4A7C15L * (band + 1);
            for (int row = 0; row < rows; row++) {
                hash = mix(hash ^ signature[band * rows + row]);
            }
            keys.add(band + ":" + String.format("%016x", hash));
        }
        return keys;
    }

    /** The SplitMix64 finaliser: every input bit moves every output bit. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
