package org.qingfeng.analysis.period.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeriodStateTests {

    @Test
    void closesWhatIsOpenOrReopenedAndReopensOnlyWhatIsClosed() {
        assertThat(PeriodState.OPEN.mayClose()).isTrue();
        assertThat(PeriodState.REOPENED.mayClose()).isTrue();
        assertThat(PeriodState.CLOSED.mayClose()).isFalse();
        assertThat(PeriodState.CLOSED.mayReopen()).isTrue();
        assertThat(PeriodState.OPEN.mayReopen()).isFalse();
        assertThat(PeriodState.REOPENED.mayReopen()).isFalse();
    }

    @Test
    void wantsAReasonOfTenCharactersOrMore() {
        assertThat(ReopenReason.check(null)).isPresent();
        assertThat(ReopenReason.check("  数据有误需更正  ")).isPresent();
        assertThat(ReopenReason.check("乡镇补报了三件事项需重新统计")).isEmpty();
        assertThat(ReopenReason.check("数据有误需更正一二三")).isEmpty();
        assertThat(ReopenReason.check("x".repeat(2001))).isPresent();
    }
}
