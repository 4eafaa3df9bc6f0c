package org.qingfeng.intake.dedup.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinHashTests {

    private static final DedupMethod METHOD = DedupMethod.MINHASH_LSH_1;

    @Test
    void bigramsArePackedExactlyAndJaccardIsTheTrueOne() {
        Shingles a = Shingles.of("abcd");
        Shingles b = Shingles.of("bcde");
        assertThat(a.size()).isEqualTo(3);
        assertThat(a.jaccard(b)).isEqualTo(2.0 / 4);
        assertThat(Shingles.of("a").size()).isEqualTo(1);
        assertThat(Shingles.of("").isEmpty()).isTrue();
        assertThat(Shingles.of("").jaccard(Shingles.of(""))).isZero();
    }

    @Test
    void theEstimateStaysCloseToTheExactJaccard() {
        MinHash minHash = METHOD.minHash();
        List<String[]> pairs = List.of(
                new String[] {"青山村卫生室医生收取患者红包每次二百元", "青山村卫生室的医生收病人红包一次二百元"},
                new String[] {"红旗村村委会主任用集体资金购买高档烟酒", "向阳村村委会主任用集体资金购买高档烟酒"},
                new String[] {"疾控中心工作人员上班时间打麻将", "县妇幼保健院产科医生收受产妇家属红包"});
        for (String[] pair : pairs) {
            Shingles a = Shingles.ofText(pair[0]);
            Shingles b = Shingles.ofText(pair[1]);
            // With 126 permutations the estimate's standard error is at most 0.045; 0.15 is over three of them.
            assertThat(MinHash.estimate(minHash.sign(a), minHash.sign(b))).isCloseTo(a.jaccard(b), within(0.15));
        }
    }

    @Test
    void signaturesAreTheSameOnEveryInstanceWithTheSameSeed() {
        Shingles text = Shingles.ofText("镇卫生院院长公车私用，周末开单位的车回老家。");
        assertThat(METHOD.minHash().sign(text)).isEqualTo(METHOD.minHash().sign(text));
        assertThat(new MinHash(126, 1).sign(text)).isNotEqualTo(METHOD.minHash().sign(text));
    }

    @Test
    void modularArithmeticMatchesBigIntegers() {
        long x = MinHash.PRIME - 3;
        long y = (1L << 60) + 12345;
        long expected = BigInteger.valueOf(x)
                .multiply(BigInteger.valueOf(y))
                .mod(BigInteger.valueOf(MinHash.PRIME))
                .longValueExact();
        assertThat(MinHash.mulMod(x, y)).isEqualTo(expected);
        assertThat(MinHash.addMod(MinHash.PRIME - 1, 5)).isEqualTo(4);
    }
}
