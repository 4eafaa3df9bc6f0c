package org.qingfeng.intake.followup.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qingfeng.intake.item.rules.ItemStatus;

class ConfirmationsTests {

    @Test
    void aRectificationCanBeConfirmedOnlyOnceAWarningWasIssued() {
        assertThat(Confirmations.canConfirm(ItemStatus.WARNING_ISSUED)).isTrue();
        assertThat(Confirmations.canConfirm(ItemStatus.REGISTERED)).isFalse();
        assertThat(Confirmations.canConfirm(ItemStatus.RECEIVED)).isFalse();
    }
}
