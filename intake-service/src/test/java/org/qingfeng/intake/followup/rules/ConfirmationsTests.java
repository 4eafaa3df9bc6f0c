package org.qingfeng.intake.followup.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.qingfeng.intake.item.rules.ItemStatus;

class ConfirmationsTests {

    @ParameterizedTest
    @EnumSource(
            value = ItemStatus.class,
            names = {"RECTIFICATION_REPORTED", "CLOSED", "WARNING_ISSUED"})
    void aRectificationCanBeConfirmedOnceReportedClosedOrWarnedAbout(ItemStatus status) {
        assertThat(Confirmations.canConfirm(status)).isTrue();
        assertThat(Confirmations.prompt(status)).contains("问题是否真正解决？/ ");
    }

    @ParameterizedTest
    @EnumSource(
            value = ItemStatus.class,
            names = {"RECEIVED", "REGISTERED", "IN_DISPOSAL", "REFERRED"})
    void nothingIsConfirmedBeforeAReportNorAfterAReferral(ItemStatus status) {
        assertThat(Confirmations.canConfirm(status)).isFalse();
        assertThat(Confirmations.prompt(status)).isNull();
    }

    @Test
    void theUnitsReportIsWhatTheHolderIsAskedAbout() {
        assertThat(Confirmations.prompt(ItemStatus.RECTIFICATION_REPORTED))
                .isEqualTo("单位已报告整改，问题是否真正解决？/ The unit reports the problem fixed: is it?");
    }
}
