package org.qingfeng.disposal.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qingfeng.disposal.warning.ItemSubmittedFixtures.anyRoutineItem;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.disposal.WarningIssued;
import org.qingfeng.contracts.intake.ItemSubmitted;

class WarningTests {

    private final PlaceholderColourPolicy policy = new PlaceholderColourPolicy();

    @Test
    void derivesTheSameWarningIdEveryTimeTheItemArrives() {
        ItemSubmitted item = anyRoutineItem();

        Warning first = Warning.of(item, policy.decide(item.item()), Instant.now());
        Warning again = Warning.of(item, policy.decide(item.item()), Instant.now());

        assertThat(first.warningId())
                .isEqualTo(again.warningId())
                .isEqualTo(EventIds.derive("warning", item.itemId()))
                .isNotEqualTo(item.itemId());
    }

    @Test
    void publishesTheFactUnderAnIdDerivedFromTheWarningAtItsIssueTime() {
        Warning warning = WarningFixtures.anyWarning();

        WarningIssued issued = warning.issued();

        assertThat(issued.eventId()).isEqualTo(EventIds.derive("warning-issued", warning.warningId()));
        assertThat(issued.occurredAt()).isEqualTo(warning.issuedAt());
        assertThat(issued.warningId()).isEqualTo(warning.warningId());
    }
}
