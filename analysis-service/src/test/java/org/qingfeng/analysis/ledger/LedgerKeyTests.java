package org.qingfeng.analysis.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class LedgerKeyTests {

    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    @Test
    void namesALineByMonthTownshipAndSubjectArea() {
        assertThat(new LedgerKey(NOVEMBER, "330281-101", "work-style").id()).isEqualTo("2026-11|330281-101|work-style");
    }

    @Test
    void aMonthsRangeHoldsEveryLineOfThatMonthAndNoneOfTheNext() {
        LedgerKey.Range november = LedgerKey.Range.of(NOVEMBER);

        assertThat(within(november, new LedgerKey(NOVEMBER, "330281-101", "work-style")))
                .isTrue();
        assertThat(within(november, new LedgerKey(NOVEMBER.plusMonths(1), "330281-101", "work-style")))
                .isFalse();
        assertThat(within(november, new LedgerKey(NOVEMBER.minusMonths(1), "zzz", "zzz")))
                .isFalse();
    }

    @Test
    void aTownshipsRangeLeavesOutATownshipWhoseCodeMerelyStartsTheSame() {
        LedgerKey.Range township = LedgerKey.Range.of(NOVEMBER, "330281-10");

        assertThat(within(township, new LedgerKey(NOVEMBER, "330281-10", "law-enforcement")))
                .isTrue();
        assertThat(within(township, new LedgerKey(NOVEMBER, "330281-101", "law-enforcement")))
                .isFalse();
    }

    private static boolean within(LedgerKey.Range range, LedgerKey key) {
        return key.id().compareTo(range.first()) >= 0 && key.id().compareTo(range.end()) < 0;
    }
}
