package org.qingfeng.intake.dedup.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LshTests {

    private static final DedupMethod METHOD = DedupMethod.MINHASH_LSH_1;

    @Test
    void theCurveSitsBelowTheThresholds() {
        Lsh lsh = METHOD.lsh();
        assertThat(lsh.signatureLength()).isEqualTo(METHOD.permutations());
        assertThat(lsh.threshold()).isCloseTo(0.288, within(0.01));
        assertThat(lsh.candidateProbability(METHOD.sameIncident())).isGreaterThan(0.97);
        assertThat(lsh.candidateProbability(0.1)).isLessThan(0.05);
    }

    @Test
    void bucketKeysAreOnePerBandAndStable() {
        long[] signature = METHOD.minHash().sign(Shingles.ofText("柳树村会计把土地补偿款拖了半年才发给农户"));
        List<String> keys = METHOD.lsh().buckets(signature);
        assertThat(keys).hasSize(METHOD.bands()).doesNotHaveDuplicates();
        assertThat(keys.get(0)).matches("0:[0-9a-f]{16}");
        assertThat(METHOD.lsh().buckets(signature.clone())).isEqualTo(keys);
    }

    /** Near-duplicates made by changing a few characters of random texts share a bucket almost always. */
    @Test
    void findsNearDuplicatesAndRarelyUnrelatedTexts() {
        SplittableRandom random = new SplittableRandom(7);
        MinHash minHash = METHOD.minHash();
        Lsh lsh = METHOD.lsh();
        int found = 0;
        int strangers = 0;
        int trials = 200;
        for (int i = 0; i < trials; i++) {
            String text = randomHan(random, 30);
            char[] changed = text.toCharArray();
            changed[random.nextInt(changed.length)] = '某';
            changed[random.nextInt(changed.length)] = '某';
            Shingles a = Shingles.of(text);
            Shingles b = Shingles.of(new String(changed));
            Shingles c = Shingles.of(randomHan(random, 30));
            List<String> bucketsOfA = lsh.buckets(minHash.sign(a));
            if (lsh.buckets(minHash.sign(b)).stream().anyMatch(bucketsOfA::contains) && a.jaccard(b) >= 0.6) {
                found++;
            }
            if (lsh.buckets(minHash.sign(c)).stream().anyMatch(bucketsOfA::contains)) {
                strangers++;
            }
        }
        assertThat(found).isGreaterThanOrEqualTo(trials * 95 / 100);
        assertThat(strangers).isLessThanOrEqualTo(trials * 5 / 100);
    }

    private static String randomHan(SplittableRandom random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append((char) (0x4E00 + random.nextInt(3000)));
        }
        return text.toString();
    }
}
